import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { ErrorCapturingSqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type TPanicRegistry = { lastMessage: string | undefined; set_message(message: string): void };

declare global {
  // The wasm module's panic hook reports the Rust panic message here (see schema_engine_bg.js).
  var PRISMA_WASM_PANIC_REGISTRY: TPanicRegistry | undefined;
}

export const panicRegistry: TPanicRegistry = {
  lastMessage: undefined,
  set_message(message) {
    this.lastMessage = message;
  },
};

let instantiated: Promise<void> | undefined;

/**
 * The package's own entry imports the .wasm file as an ES module, which Node only supports behind an
 * experimental warning; that warning on stderr would corrupt the log lines the Prisma CLI parses. So the
 * bindings are wired to a manually instantiated module instead.
 */
function instantiateWasm(): Promise<void> {
  instantiated ??= (async () => {
    const bindingsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(bindingsPath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

export function readWasmEngineVersion(): Promise<string> {
  return instantiateWasm().then(() => bindings.version());
}

/**
 * Starts the wasm schema engine on the given schema files. It connects right away, through `adapterFactory`
 * (made by bindMigrationAwareSqlAdapterFactory, whose registry keeps the JS errors the engine refers to by id).
 */
export async function startWasmEngine(
  datamodels: [path: string, content: string][],
  adapterFactory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void,
): Promise<SchemaEngine> {
  await instantiateWasm();
  globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
  return bindings.SchemaEngine.new({ datamodels: datamodels.length > 0 ? datamodels : undefined }, log, adapterFactory);
}
