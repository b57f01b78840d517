#!/usr/bin/env bash
# The whole test suite: typecheck, lint, unit, integration (real Postgres and Redis) and e2e (Debian's Chromium).
# Tests use their own databases and queue prefixes, so a running demo is left alone.
source "$(dirname "$0")/lib.sh"
ensure_node_modules
ensure_chromium() {
  local chromium="${PLAYWRIGHT_CHROMIUM_PATH:-/usr/bin/chromium}"
  [[ -x "$chromium" ]] && return
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
    log "Installing Debian's Chromium for the e2e tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    die "Chromium not found at $chromium: install it (Debian: sudo apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_PATH"
  fi
}
ensure_chromium
ensure_services
generate_client

log "Typecheck";          tsc --noEmit
log "Lint";               eslint . --max-warnings 0
log "Format";             prettier --check . --log-level warn
log "Unit tests";         vitest run --project unit
log "Integration tests";  vitest run --project integration
log "End-to-end tests";   playwright test
