#!/usr/bin/env bash
# Starts the built web app and one workers process; stops both when either exits or on Ctrl-C.
source "$(dirname "$0")/lib.sh"
load_dotenv
[[ -f dist/workers/index.js ]] || die "no build found: run 'npm run build' first"
export NODE_ENV=production
PORT="${PORT:-3000}"
HOSTNAME="${HOSTNAME_BIND:-127.0.0.1}"
allow_app_origin

bash scripts/workers.sh &
workers=$!
next start --port "$PORT" --hostname "$HOSTNAME" &
web=$!

stop() { kill -TERM "$workers" "$web" 2>/dev/null || true; wait "$workers" "$web" 2>/dev/null || true; }
trap 'stop; exit 0' INT TERM

log "Evalboard is starting on http://$HOSTNAME:$PORT"
set +e
wait -n "$workers" "$web"
status=$?
set -e
stop
exit "$status"
