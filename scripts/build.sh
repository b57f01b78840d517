#!/usr/bin/env bash
# Production build of the web app (next build, served by dist/web/server.js) and the workers (dist/workers).
source "$(dirname "$0")/lib.sh"
load_dotenv
generate_client
log "Building the web app"
next build
log "Bundling the workers"
esbuild workers/index.ts --bundle --platform=node --target=node24 --format=esm --packages=external \
  --sourcemap --log-level=warning --outfile=dist/workers/index.js
log "Bundling the web server"
esbuild web/server.ts --bundle --platform=node --target=node24 --format=esm --packages=external \
  --sourcemap --log-level=warning --outfile=dist/web/server.js
