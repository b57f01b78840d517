import { parseArgs, type ParseArgsConfig } from "node:util";
import { createClient, type TClient } from "./client";
import { uploadDataset } from "./datasets";
import { CliError, EXIT } from "./errors";
import { runGate } from "./gate";
import { createRuns, showRun } from "./runs";

export const USAGE = `Usage: evalboard <command> [options]   (EVALBOARD_URL and EVALBOARD_TOKEN set the app and your API token)

  datasets upload FILE --name NAME --task classification|open_qa [--test-fraction F] [--seed N] [--mapping JSON]
  runs create --dataset ID|NAME --endpoint ID|NAME [--endpoint …] [--shots N] [--split test|train] [--limit N] [--wait]
  runs show ID
  gate --baseline RUN --candidate RUN [--metric accuracy|validAccuracy|macroF1|judgeMean] [--margin 0.02] [--alpha 0.05]

  --json prints the API's JSON instead of a table.
Exit codes: 0 success (gate: the candidate passes), 1 gate fails or a run did not complete, 2 usage or API error.`;

type TIo = { out: NodeJS.WritableStream & { isTTY?: boolean }; err: NodeJS.WritableStream & { isTTY?: boolean } };
type TOptions = NonNullable<ParseArgsConfig["options"]>;

const json = { json: { type: "boolean", default: false } } as const;

function parse<O extends TOptions>(args: string[], options: O, positionals: number) {
  const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  if (parsed.positionals.length !== positionals) {
    throw new CliError(`Expected ${positionals} argument(s), got ${parsed.positionals.length}.`);
  }
  return parsed;
}

function required(values: Record<string, unknown>, ...names: string[]) {
  const missing = names.filter((name) => values[name] === undefined);
  if (missing.length > 0) throw new CliError(`Missing ${missing.map((name) => `--${name}`).join(", ")}.`);
}

type TCommand = (rest: string[], client: () => TClient, io: TIo) => Promise<number>;

const commands: Record<string, TCommand> = {
  "datasets upload": async (rest, client, io) => {
    const { values, positionals } = parse(
      rest,
      {
        ...json,
        name: { type: "string" },
        task: { type: "string" },
        "test-fraction": { type: "string" },
        seed: { type: "string" },
        mapping: { type: "string" },
      },
      1,
    );
    required(values, "name", "task");
    const args = { ...values, testFraction: values["test-fraction"], file: positionals[0] as string };
    return uploadDataset(client(), args as typeof args & { name: string; task: string }, io.out);
  },
  "runs create": async (rest, client, io) => {
    const { values } = parse(
      rest,
      {
        ...json,
        dataset: { type: "string" },
        endpoint: { type: "string", multiple: true },
        shots: { type: "string" },
        split: { type: "string" },
        limit: { type: "string" },
        wait: { type: "boolean", default: false },
      },
      0,
    );
    required(values, "dataset", "endpoint");
    const args = { ...values, dataset: values.dataset as string, endpoints: values.endpoint ?? [] };
    return createRuns(client(), args, io.out, io.err);
  },
  "runs show": async (rest, client, io) => {
    const { values, positionals } = parse(rest, json, 1);
    return showRun(client(), positionals[0] as string, values.json, io.out);
  },
  gate: async (rest, client, io) => {
    const { values } = parse(
      rest,
      {
        ...json,
        baseline: { type: "string" },
        candidate: { type: "string" },
        metric: { type: "string" },
        margin: { type: "string" },
        alpha: { type: "string" },
      },
      0,
    );
    required(values, "baseline", "candidate");
    return runGate(client(), values as typeof values & { baseline: string; candidate: string }, io.out);
  },
};

/** Runs one command and returns its exit code; every expected failure is one line on stderr and exit 2. */
export async function main(argv: string[], io: TIo = { out: process.stdout, err: process.stderr }): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    (argv.length === 0 ? io.err : io.out).write(`${USAGE}\n`);
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const twoWords = `${argv[0]} ${argv[1] ?? ""}`;
  const [name, rest] = commands[twoWords] ? [twoWords, argv.slice(2)] : [argv[0] as string, argv.slice(1)];
  const command = commands[name];
  try {
    if (!command) throw new CliError(`Unknown command "${argv.slice(0, 2).join(" ")}".\n\n${USAGE}`);
    const { EVALBOARD_URL, EVALBOARD_TOKEN } = process.env;
    return await command(rest, () => createClient({ EVALBOARD_URL, EVALBOARD_TOKEN }), io);
  } catch (error) {
    // parseArgs throws TypeErrors with a code (unknown option, missing value): usage errors too.
    if (error instanceof CliError || (error instanceof TypeError && "code" in error)) {
      io.err.write(`evalboard: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
