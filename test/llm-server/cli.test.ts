import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { MEDICAL_ABSTRACTS_200 } from "./test-data";
import { decideOracleAnswer, loadOracleDataset } from "./oracle";

const CLI = fileURLToPath(new URL("./cli.ts", import.meta.url));
const TSX = createRequire(import.meta.url).resolve("tsx/cli");
const DATASET = MEDICAL_ABSTRACTS_200;

let child: ChildProcess | undefined;

afterEach(() => {
  // Only reached when a test failed before its own SIGTERM.
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = undefined;
});

/** Starts the CLI under tsx (with this Node, not whatever `node` is on PATH) and waits for its ready line. */
async function startCli(args: string[]): Promise<{ process: ChildProcess; url: string }> {
  const started = spawn(process.execPath, [TSX, CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  child = started;
  const lines = createInterface({ input: started.stdout! });
  const exited = once(started, "exit").then(([code]) => {
    throw new Error(`llm-server exited with ${String(code)} before it was ready`);
  });
  const ready = (async () => {
    for await (const line of lines) {
      const match = /^llm-server listening on (http:\/\/127\.0\.0\.1:\d+\/v1)$/.exec(line);
      if (match?.[1]) return match[1];
    }
    throw new Error("llm-server closed its output before it was ready");
  })();
  const url = await Promise.race([ready, exited]);
  exited.catch(() => undefined);
  return { process: started, url };
}

describe("llm-server CLI", () => {
  it("prints its ready line, serves oracle models from a CSV, and exits 0 on SIGTERM", async () => {
    const { process: server, url } = await startCli([
      "--port",
      "0",
      "--dataset",
      DATASET,
      "--input-col",
      "text",
      "--label-col",
      "label",
      "--api-key",
      "sk-cli",
    ]);
    const client = new OpenAI({ baseURL: url, apiKey: "sk-cli", maxRetries: 0 });
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toContain("oracle-80");
    const { table, labels } = await loadOracleDataset({ file: DATASET, inputCol: "text", labelCol: "label" });
    for (const [input, label] of [...table].slice(0, 5)) {
      const answer = await client.chat.completions.create({
        model: "oracle-80",
        messages: [{ role: "user", content: `Text: ${input}\nLabel?` }],
      });
      expect(answer.choices[0]?.message.content).toBe(decideOracleAnswer(input, label, labels, 80));
    }
    const text = "Secondary femoral-distal bypass. Thirty-nine secondary femoral-distal";
    const echo = await client.chat.completions.create({
      model: "echo",
      messages: [{ role: "user", content: `${text}\nmore` }],
    });
    expect(echo.choices[0]?.message.content).toBe(text);
    const exit = once(server, "exit");
    server.kill("SIGTERM");
    const [code] = await exit;
    expect(code).toBe(0);
  });

  it("exits non-zero with a message when the label column does not exist", async () => {
    const failing = spawn(process.execPath, [TSX, CLI, "--dataset", DATASET, "--label-col", "nope"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = failing;
    let stderr = "";
    failing.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(failing, "exit");
    expect(code).toBe(1);
    expect(stderr).toContain('no column "nope"');
  });
});
