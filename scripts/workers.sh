#!/usr/bin/env bash
# One workers process from the build (`npm run workers`; `npm start` runs one too), with the Node flags in
# scripts/workers-node-flags. `exec`: no shell or tsx process stays resident beside it (tsx costs ~90 MB more).
source "$(dirname "$0")/lib.sh"
load_dotenv
[[ -f dist/workers/index.js ]] || die "no build found: run 'npm run build' first"
export NODE_ENV="${NODE_ENV:-production}"
allow_app_origin
mapfile -t flags < <(grep -v -e '^#' -e '^$' scripts/workers-node-flags)
exec node "${flags[@]}" dist/workers/index.js
