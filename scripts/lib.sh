# Shared helpers for the project's shell entry points (sourced, not executed).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
# Node 24 comes from the `node` devDependency; its binary in node_modules/.bin must win over the machine's node.
export PATH="$ROOT/node_modules/.bin:$PATH"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# Loads .env (or the file given) without overriding variables already set in the environment: an explicit
# DATABASE_URL wins. The environment is saved as `export NAME=...` lines (POSIX mode): bash's usual `declare -x`
# lines would make each restored variable local to this function, so .env's values would win after all.
load_dotenv() {
  local file="${1:-$ROOT/.env}"
  [[ -f "$file" ]] || return 0
  local saved
  saved="$(set -o posix; export -p)"
  set -a; . "$file"; set +a
  eval "$saved"
}

# npm ci when node_modules is missing or older than the lockfile.
ensure_node_modules() {
  command -v npm >/dev/null || die "npm is required (install Node.js; any version from 18 on can bootstrap Node 24)"
  if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    log "Installing dependencies (npm ci)"
    npm ci --no-audit --no-fund
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [[ "$major" == "24" ]] || die "expected Node 24 from node_modules/.bin, got $(node --version)"
}

# Postgres and Redis must answer; with Docker present, docker-compose.yml brings them up.
ensure_services() {
  if tsx scripts/check-services.ts --quiet; then return; fi
  if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    log "Starting Postgres and Redis with docker compose"
    docker compose up -d --wait
    tsx scripts/check-services.ts || die "Postgres or Redis still unreachable after docker compose up"
    return
  fi
  tsx scripts/check-services.ts || true
  die "Postgres and Redis must be reachable (see README: Troubleshooting), or install Docker so that docker compose can start them"
}

# Creates the database in DATABASE_URL if needed, applies committed migrations and generates the Prisma client.
prepare_database() {
  tsx scripts/create-database.ts
  bash scripts/prisma.sh migrate deploy
}

generate_client() {
  bash scripts/prisma.sh generate >/dev/null
}

# First run: write a random encryption key for endpoint secrets to .env (kept across runs; back it up).
ensure_encryption_key() {
  if [[ -n "${EVALBOARD_ENCRYPTION_KEY:-}" ]]; then return; fi
  log "Generating EVALBOARD_ENCRYPTION_KEY in .env (it encrypts model API keys: keep it, back it up)"
  if [[ -s .env && -n "$(tail -c1 .env)" ]]; then echo >> .env; fi
  printf 'EVALBOARD_ENCRYPTION_KEY=%s\n' "$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64"))')" >> .env
  load_dotenv
}

# The built-in local models are served by the app itself over loopback, which lib/net refuses by default: allow
# exactly the app's own origin (127.0.0.1:$PORT) on top of whatever EVALBOARD_ALLOWED_HOSTS already lists.
allow_app_origin() {
  local origin="127.0.0.1:${PORT:-3000}"
  case ",${EVALBOARD_ALLOWED_HOSTS:-}," in
    *",$origin,"*) ;;
    *) export EVALBOARD_ALLOWED_HOSTS="${EVALBOARD_ALLOWED_HOSTS:+$EVALBOARD_ALLOWED_HOSTS,}$origin" ;;
  esac
}
