#!/usr/bin/env node
// Stand-in for Prisma's native schema-engine binary, which cannot be downloaded here: same argv and stdio
// protocol, backed by @prisma/schema-engine-wasm and @prisma/adapter-pg. See README.md.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { parseEngineArgs, type TDatasource } from "#engine/args";
import { runCliCommand } from "#engine/cli-command";
import { serveJsonRpc } from "#engine/json-rpc";
import { createPgAdapterFactory } from "#engine/pg-adapter";
import { toRpcError } from "#engine/rpc-error";
import { RPC_METHODS } from "#engine/rpc-methods";
import { panicRegistry, readWasmEngineVersion, startWasmEngine } from "#engine/wasm-engine";

function readDatamodels(paths: string[]): Promise<[string, string][]> {
  return Promise.all(
    paths.map(async (file): Promise<[string, string]> => [file, await readFile(path.resolve(file), "utf8")]),
  );
}

async function serve(datamodelPaths: string[], { url, shadowDatabaseUrl }: TDatasource): Promise<void> {
  let started: Promise<SchemaEngine> | undefined;
  let errorRegistry: ErrorRegistry | undefined;
  // Connecting waits for the first request, as in the native engine, so a bad URL becomes an error response.
  const engine = (): Promise<SchemaEngine> => {
    if (url === undefined)
      return Promise.reject(new Error("No datasource url: set datasource.url in prisma.config.ts."));
    if (started !== undefined) return started;
    const adapterFactory = bindMigrationAwareSqlAdapterFactory(createPgAdapterFactory(url, shadowDatabaseUrl));
    errorRegistry = adapterFactory.errorRegistry;
    const log = (line: string) => process.stderr.write(`${line}\n`);
    started = readDatamodels(datamodelPaths).then((datamodels) => startWasmEngine(datamodels, adapterFactory, log));
    return started;
  };

  await serveJsonRpc({
    input: process.stdin,
    output: process.stdout,
    handle: (method, params, print) => {
      const handler = RPC_METHODS[method];
      if (handler === undefined) return Promise.reject(new Error(`The wasm schema engine has no method ${method}.`));
      return handler({ engine, print, datasourceUrl: url }, params as never);
    },
    describeError: (error) => {
      const panicMessage = panicRegistry.lastMessage;
      panicRegistry.lastMessage = undefined;
      return toRpcError(error, panicMessage, errorRegistry);
    },
  });
}

async function main(): Promise<number> {
  const args = parseEngineArgs(process.argv.slice(2));
  if (args.kind === "version") {
    process.stdout.write(`schema-engine-cli ${await readWasmEngineVersion()}\n`);
    return 0;
  }
  if (args.kind === "cli") return runCliCommand(args.command, args.datasource.url);
  await serve(args.datamodelPaths, args.datasource);
  return 0;
}

// Exit explicitly: pools the wasm engine opened are not closed by it, and would keep Node alive. The empty write
// waits for stdout to flush first (pipes are asynchronous on some platforms).
const exitWith = (code: number) => process.stdout.write("", () => process.exit(code));

main().then(exitWith, (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  exitWith(1);
});
