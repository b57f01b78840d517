#!/usr/bin/env bash
# Development: Next's dev server and the workers with reload on change.
source "$(dirname "$0")/lib.sh"
load_dotenv
allow_app_origin
ensure_node_modules
ensure_services
prepare_database
generate_client
tsx watch workers/index.ts &
workers=$!
trap 'kill -TERM "$workers" 2>/dev/null || true' EXIT
next dev --port "${PORT:-3000}"
