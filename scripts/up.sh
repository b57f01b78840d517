#!/usr/bin/env bash
# The quickstart: install what is missing, start Postgres and Redis if needed, migrate, build, seed the demo and
# start the web app with its workers. Safe to run again: every step is idempotent.
source "$(dirname "$0")/lib.sh"

# First run: a demo admin in .env, created by the app on its first request (lib/auth/first-admin.ts).
ensure_admin_account() {
  if [[ -n "${EVALBOARD_ADMIN_EMAIL:-}" ]]; then return; fi
  log "Writing a demo admin account to .env (EVALBOARD_ADMIN_EMAIL, EVALBOARD_ADMIN_PASSWORD)"
  if [[ -s .env && -n "$(tail -c1 .env)" ]]; then echo >> .env; fi
  printf 'EVALBOARD_ADMIN_EMAIL=admin@evalboard.local\nEVALBOARD_ADMIN_PASSWORD=%s\n' \
    "$(node -e 'process.stdout.write(require("crypto").randomBytes(15).toString("base64url"))')" >> .env
  load_dotenv
}

load_dotenv
# Before the seed: it registers the built-in models at the app's own origin, which lib/net refuses unless allowed.
allow_app_origin
ensure_node_modules
ensure_encryption_key
ensure_admin_account
ensure_services
log "Preparing the database"
prepare_database
npm run --silent build
log "Seeding demo data"
tsx scripts/seed.ts
if [[ -n "${EVALBOARD_ADMIN_PASSWORD:-}" ]]; then
  log "Sign in at http://${HOSTNAME_BIND:-127.0.0.1}:${PORT:-3000} as $EVALBOARD_ADMIN_EMAIL, password: $EVALBOARD_ADMIN_PASSWORD (from .env)"
fi
exec bash scripts/start.sh
