#!/usr/bin/env bash
# Runs the Prisma CLI offline: migrations go through the wasm schema engine stand-in (scripts/prisma-engine),
# because the CLI's native engine download is not reachable here. Usage: bash scripts/prisma.sh <prisma args>
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The Prisma 7 CLI does not read .env itself. Like prisma, this works from the current directory (the project
# root for the package.json scripts), so a test can point it at another prisma.config.ts.
# Variables already set in the environment win over .env (a test's explicit DATABASE_URL must not be replaced).
if [[ -f .env ]]; then
  saved="$(export -p)"
  set -a
  # shellcheck disable=SC1091
  . ./.env
  set +a
  eval "$saved"
fi

export PATH="$root/node_modules/.bin:$PATH"
export PRISMA_SCHEMA_ENGINE_BINARY="$root/scripts/prisma-engine/schema-engine.ts"
export CHECKPOINT_DISABLE=1
export PRISMA_HIDE_UPDATE_MESSAGE=1

exec prisma "$@"
