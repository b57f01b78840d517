// Standalone test LLM server for e2e tests, the demo and the bench:
//   tsx test/llm-server/cli.ts --port 4010 [--host 127.0.0.1] [--api-key KEY] [--no-retain]
//     [--dataset file.csv --input-col text --label-col label]
// Prints "llm-server listening on http://HOST:PORT/v1" once ready; SIGTERM or SIGINT close it and exit 0.
import { parseArgs } from "node:util";
import { createModelRouter } from "./model-router";
import { loadOracleDataset } from "./oracle";
import { startLlmServer } from "./server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "0" },
    host: { type: "string", default: "127.0.0.1" },
    "api-key": { type: "string" },
    dataset: { type: "string" },
    "input-col": { type: "string", default: "text" },
    "label-col": { type: "string", default: "label" },
    // A long bench would otherwise keep the last 10,000 prompts in memory for nothing.
    "no-retain": { type: "boolean", default: false },
  },
});

async function main(): Promise<void> {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port: ${values.port}`);
  const oracle = values.dataset
    ? await loadOracleDataset({ file: values.dataset, inputCol: values["input-col"], labelCol: values["label-col"] })
    : undefined;
  const server = await startLlmServer({
    port,
    host: values.host,
    apiKey: values["api-key"],
    handler: createModelRouter({ oracle }),
    log: values["no-retain"] ? { retainMessages: false, maxRecords: 0 } : { maxRecords: 1000 },
  });
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  if (oracle)
    process.stderr.write(`llm-server: oracle has ${oracle.table.size} inputs, labels ${oracle.labels.join(" | ")}\n`);
  // Exactly this line on stdout: e2e setups and the bench wait for it.
  process.stdout.write(`llm-server listening on ${server.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`llm-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
