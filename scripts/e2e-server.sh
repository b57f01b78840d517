#!/usr/bin/env bash
# Started by Playwright: a fresh production build against the e2e database, with its own workers.
source "$(dirname "$0")/lib.sh"
tsx scripts/create-database.ts
tsx scripts/reset-database.ts
bash scripts/prisma.sh migrate deploy >/dev/null
bash scripts/build.sh
exec bash scripts/start.sh
