import pg from "pg";
import { quoteIdentifier, readDatabaseName, withDatabaseName } from "#engine/database-url";

/** A failure phrased the way the native schema engine reports it, with its Prisma error code when it has one. */
export class DatabaseAdminError extends Error {
  readonly errorCode: string | undefined;

  constructor(message: string, errorCode: string | undefined) {
    super(message);
    this.errorCode = errorCode;
  }
}

const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "ECONNRESET"]);

function describeServer(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || "5432"}`;
}

function toAdminError(error: unknown, url: string): DatabaseAdminError {
  const code = error instanceof Error && "code" in error ? String(error.code) : undefined;
  const server = describeServer(url);
  const database = readDatabaseName(url);
  if (code !== undefined && UNREACHABLE_CODES.has(code)) {
    return new DatabaseAdminError(
      `Can't reach database server at \`${server}\`\n\nPlease make sure your database server is running at \`${server}\`.`,
      "P1001",
    );
  }
  if (code === "3D000") {
    return new DatabaseAdminError(
      `Database \`${database}\` does not exist on the database server at \`${server}\`.`,
      "P1003",
    );
  }
  if (code === "28P01" || code === "28000") {
    return new DatabaseAdminError(`Authentication failed against database server at \`${server}\`.`, "P1000");
  }
  if (code === "42P04") {
    return new DatabaseAdminError(
      `Database \`${database}\` already exists on the database server at \`${server}\``,
      "P1009",
    );
  }
  return new DatabaseAdminError(error instanceof Error ? error.message : String(error), undefined);
}

/** Runs statements, one by one, on a short-lived connection of its own. */
export async function runStatements(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  // A failed connect would otherwise surface a second time as an unhandled 'error' event.
  client.on("error", () => {});
  try {
    await client.connect();
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `CREATE DATABASE` must run from another database; `postgres` is the one every server has. */
function maintenanceUrl(url: string): string {
  return withDatabaseName(url, readDatabaseName(url) === "postgres" ? "template1" : "postgres");
}

export async function checkConnection(url: string): Promise<void> {
  await runStatements(url, ["SELECT 1"]).catch((error: unknown) => {
    throw toAdminError(error, url);
  });
}

export async function createDatabase(url: string): Promise<string> {
  const name = readDatabaseName(url);
  await runStatements(maintenanceUrl(url), [`CREATE DATABASE ${quoteIdentifier(name)}`]).catch((error: unknown) => {
    throw toAdminError(error, url);
  });
  return name;
}

export async function dropDatabase(url: string): Promise<void> {
  const name = readDatabaseName(url);
  await runStatements(maintenanceUrl(url), [`DROP DATABASE ${quoteIdentifier(name)}`]).catch((error: unknown) => {
    throw toAdminError(error, url);
  });
}
