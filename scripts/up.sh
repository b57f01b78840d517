#!/usr/bin/env bash
# The quickstart: install what is missing, start Postgres and Redis if needed, migrate, build, seed the demo and
# start the web app with its workers. Safe to run again: every step is idempotent.
source "$(dirname "$0")/lib.sh"
load_dotenv
ensure_node_modules
ensure_encryption_key
ensure_services
log "Preparing the database"
prepare_database
npm run --silent build
log "Seeding demo data"
tsx scripts/seed.ts
exec bash scripts/start.sh
