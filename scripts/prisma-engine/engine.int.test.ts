import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Drives the real Prisma CLI through scripts/prisma.sh, i.e. through the wasm engine stand-in, against the local
// Postgres. Everything lives in a throwaway database and a temp project with its own prisma.config.ts.
const root = fileURLToPath(new URL("../..", import.meta.url));
const serverUrl = "postgresql://postgres@127.0.0.1:5432/postgres";
const databaseName = `evalboard_engine_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
const databaseUrl = `postgresql://postgres@127.0.0.1:5432/${databaseName}`;

const schema = (extraField: string) => `datasource db {
  provider = "postgresql"
}

model Note {
  id   Int    @id @default(autoincrement())
  body String @default(";")
${extraField}}
`;

// Hand-written, with a DO block and a ';' literal: adapter-pg on its own would split this script on every ';'.
const initMigration = `CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "body" TEXT NOT NULL DEFAULT ';',
    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

DO $$
BEGIN
  INSERT INTO "Note" ("body") VALUES ('first; note');
END
$$;
`;

type TRun = { code: number | null; stdout: string; stderr: string };

let projectDir = "";
let migrationsDir = "";

function runPrisma(args: string[]): Promise<TRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", [path.join(root, "scripts/prisma.sh"), ...args], {
      cwd: projectDir,
      env: { ...process.env, PATH: `${path.join(root, "node_modules/.bin")}:${process.env.PATH ?? ""}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function queryDatabase<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const listShadowDatabases = () =>
  queryDatabase<{ datname: string }>(
    serverUrl,
    "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
  ).then((rows) => rows.map((row) => row.datname).sort());

beforeAll(async () => {
  projectDir = await mkdtemp(path.join(tmpdir(), "evalboard-engine-"));
  migrationsDir = path.join(projectDir, "migrations");
  await mkdir(path.join(migrationsDir, "20240101000000_init"), { recursive: true });
  await writeFile(path.join(migrationsDir, "20240101000000_init", "migration.sql"), initMigration);
  await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
  await writeFile(path.join(projectDir, "schema.prisma"), schema(""));
  // No import of prisma/config: the temp dir has no node_modules to resolve it from, and a plain object works.
  await writeFile(
    path.join(projectDir, "prisma.config.ts"),
    `export default ${JSON.stringify({ schema: "schema.prisma", migrations: { path: "migrations" }, datasource: { url: databaseUrl } })};\n`,
  );
  await queryDatabase(serverUrl, `CREATE DATABASE "${databaseName}"`);
});

afterAll(async () => {
  await queryDatabase(serverUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
});

describe("Prisma CLI on the wasm schema engine", () => {
  it("migrate deploy applies a hand-written migration as one script", async () => {
    const run = await runPrisma(["migrate", "deploy"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("20240101000000_init");

    const notes = await queryDatabase<{ body: string }>(databaseUrl, 'SELECT body FROM "Note"');
    expect(notes).toEqual([{ body: "first; note" }]);
    const applied = await queryDatabase<{ migration_name: string; finished: boolean }>(
      databaseUrl,
      "SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations",
    );
    expect(applied).toEqual([{ migration_name: "20240101000000_init", finished: true }]);
  });

  it("migrate status reports the database up to date", async () => {
    const run = await runPrisma(["migrate", "status"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Database schema is up to date!");
  });

  it("migrate diff prints the SQL from an empty database to the schema", async () => {
    const run = await runPrisma(["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--script"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('CREATE TABLE "Note"');
    expect(run.stdout).toContain(`"body" TEXT NOT NULL DEFAULT ';'`);
  });

  it("migrate dev --create-only writes a migration for a schema change without applying it", async () => {
    const shadowDatabasesBefore = await listShadowDatabases();
    await writeFile(path.join(projectDir, "schema.prisma"), schema("  done Boolean @default(false)\n"));

    const run = await runPrisma(["migrate", "dev", "--create-only", "--name", "add_done"]);
    expect(run.code, run.stderr).toBe(0);

    const created = (await readdir(migrationsDir)).filter((name) => name.endsWith("_add_done"));
    expect(created).toHaveLength(1);
    const sql = await readFile(path.join(migrationsDir, created[0] ?? "", "migration.sql"), "utf8");
    expect(sql).toContain('ALTER TABLE "Note" ADD COLUMN     "done" BOOLEAN NOT NULL DEFAULT false');

    const columns = await queryDatabase(
      databaseUrl,
      "SELECT 1 FROM information_schema.columns WHERE table_name = 'Note' AND column_name = 'done'",
    );
    expect(columns).toEqual([]);
    // The temporary shadow database must be dropped after use, not left behind.
    expect(await listShadowDatabases()).toEqual(shadowDatabasesBefore);
  });
});
