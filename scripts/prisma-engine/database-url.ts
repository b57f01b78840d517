/** Returns `url` pointing at database `name` on the same server, keeping credentials and parameters. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.href;
}

/** The database a Postgres URL names; Postgres defaults it to the user name. */
export function readDatabaseName(url: string): string {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  return name || decodeURIComponent(parsed.username) || "postgres";
}

/** The Prisma-specific `?schema=` parameter, which `pg` itself ignores. */
export function readSchemaParam(url: string): string | undefined {
  return new URL(url).searchParams.get("schema") ?? undefined;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
