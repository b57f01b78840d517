// Creates the database named in DATABASE_URL (or the URL given as argument) when it does not exist yet.
import pg from "pg";
import { env } from "@/lib/env";

const target = new URL(process.argv[2] ?? env.DATABASE_URL);
const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
if (!/^[a-zA-Z0-9_]+$/.test(name)) throw new Error(`Refusing to create database with unusual name "${name}"`);

const admin = new URL(target);
admin.pathname = "/postgres";
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
try {
  const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (existing.rowCount === 0) {
    await client.query(`CREATE DATABASE "${name}"`);
    console.log(`created database ${name}`);
  }
} finally {
  await client.end();
}
