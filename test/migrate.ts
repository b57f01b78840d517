import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Creates the database if needed and applies the committed migrations (the same path users take). */
export function migrateDatabase(databaseUrl: string): void {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  execFileSync("tsx", ["scripts/create-database.ts", databaseUrl], { cwd: root, env, stdio: "inherit" });
  execFileSync("bash", ["scripts/prisma.sh", "migrate", "deploy"], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
