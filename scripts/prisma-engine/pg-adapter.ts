import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { runStatements } from "#engine/database-admin";
import { quoteIdentifier, readSchemaParam, withDatabaseName } from "#engine/database-url";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type TFieldDescription = { dataTypeID: number };

/**
 * adapter-pg rejects Postgres's internal one-byte `"char"` type (pg_class.relkind, pg_constraint.contype, ...),
 * which the schema engine's introspection queries select. Its text form is a plain string, so relabelling the
 * column as `text` before pg builds the result is lossless.
 */
function relabelCharColumns(message: { fields?: TFieldDescription[] }): void {
  for (const field of message.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
}

function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("connect", (client) => {
    client.connection.prependListener("rowDescription", relabelCharColumns);
  });
  return pool;
}

async function connectAdapter(url: string, onDisposed?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const pool = createPool(url);
  const adapter = await new PrismaPg(pool, { schema: readSchemaParam(url), disposeExternalPool: true }).connect();
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: () => adapter.getConnectionInfo(),
    // adapter-pg splits scripts on every `;`, which breaks migrations containing `DO $$ ... $$` blocks or `';'`
    // literals. A parameterless query goes over pg's simple protocol, which runs a whole multi-statement script
    // (in one implicit transaction, as the native engine does), and adapter-pg still translates its errors.
    executeScript: async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    },
    dispose: async () => {
      await adapter.dispose();
      await onDisposed?.();
    },
  };
}

/**
 * A throwaway shadow database next to the main one. adapter-pg's own version drops it while its pool is still
 * connected (so the drop fails) and builds the shadow pool with a `connectionString` that overrides the
 * database name (so it would migrate the main database instead).
 */
async function connectTemporaryShadowDatabase(mainUrl: string): Promise<SqlDriverAdapter> {
  const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
  await runStatements(mainUrl, [`CREATE DATABASE ${quoteIdentifier(name)}`]);
  return connectAdapter(withDatabaseName(mainUrl, name), () =>
    runStatements(mainUrl, [`DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`]),
  );
}

/**
 * A configured shadow database is reused between runs, and the wasm engine (unlike the native one) applies the
 * migration history to it without clearing it first, so its schema is emptied here.
 */
async function connectExternalShadowDatabase(url: string): Promise<SqlDriverAdapter> {
  const schema = quoteIdentifier(readSchemaParam(url) ?? "public");
  await runStatements(url, [`DROP SCHEMA IF EXISTS ${schema} CASCADE`, `CREATE SCHEMA ${schema}`]);
  return connectAdapter(url);
}

/** The driver-adapter factory the wasm schema engine uses for the main and the shadow database. */
export function createPgAdapterFactory(url: string, shadowDatabaseUrl?: string): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(url),
    connectToShadowDb: () =>
      shadowDatabaseUrl === undefined
        ? connectTemporaryShadowDatabase(url)
        : connectExternalShadowDatabase(shadowDatabaseUrl),
  };
}
