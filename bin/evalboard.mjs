#!/usr/bin/env node
// The `evalboard` command (package.json "bin"). The CLI is TypeScript that imports the server's own zod schemas, so
// there is no build step: tsx (a devDependency, installed by `npm install` in a clone) compiles it as it loads,
// with the repository's tsconfig for the "@/…" paths whatever directory the command is run from. `npx evalboard`
// in the clone puts node_modules/.bin first on PATH, so `node` here is the project's Node 24.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const major = Number(process.versions.node.split(".")[0]);
if (major < 24) {
  process.stderr.write(`evalboard needs Node 24 or later (this is ${process.version}): run it with npx evalboard.\n`);
  process.exit(2);
}
let register;
try {
  ({ register } = await import("tsx/esm/api"));
} catch {
  process.stderr.write("evalboard runs from a clone of the repository: run `npm install` there first.\n");
  process.exit(2);
}
register({ tsconfig: join(root, "tsconfig.json") });
const { main } = await import(join(root, "cli", "main.ts"));
process.exitCode = await main(process.argv.slice(2));
