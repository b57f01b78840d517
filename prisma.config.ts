import { defineConfig } from "prisma/config";

// CLI-only configuration (the app reads DATABASE_URL through its validated env module). Migrations run through
// the wasm schema engine stand-in that scripts/prisma.sh selects; see scripts/prisma-engine/README.md.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/evalboard",
    // Without one, `migrate dev` creates and drops a temporary shadow database on the same server.
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
