#!/usr/bin/env bash
# Starts the built web app and one workers process, each under its own restart loop (scripts/supervise.sh): a crash
# of one restarts it, with backoff, and leaves the other running. Ctrl-C or SIGTERM (to this script or its whole
# process group) stops both, each gracefully and once. If one keeps failing at start, both stop and this exits 1.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/supervise.sh"
load_dotenv
[[ -f dist/workers/index.js && -f dist/web/server.js ]] || die "no build found: run 'npm run build' first"
export NODE_ENV=production
PORT="${PORT:-3000}"
HOSTNAME="${HOSTNAME_BIND:-127.0.0.1}"
allow_app_origin

log "Evalboard is starting on http://$HOSTNAME:$PORT"
# scripts/workers.sh execs node with the heap limits of scripts/workers-node-flags.
supervise workers bash scripts/workers.sh &
# web/server.ts: Next's handler behind the client-address wrapper (not `next start`, which lets clients choose it).
supervise web node --enable-source-maps dist/web/server.js --port "$PORT" --hostname "$HOSTNAME" &
wait_for_supervisors
