import { z } from "zod";

export const ZDatasource = z.object({
  url: z.string().min(1).optional(),
  shadowDatabaseUrl: z.string().min(1).optional(),
});
export type TDatasource = z.infer<typeof ZDatasource>;

export const CLI_COMMANDS = ["can-connect-to-database", "create-database", "drop-database"] as const;
export type TCliCommand = (typeof CLI_COMMANDS)[number];

export type TEngineArgs =
  | { kind: "version" }
  | { kind: "cli"; command: TCliCommand; datasource: TDatasource }
  | { kind: "rpc"; datamodelPaths: string[]; datasource: TDatasource };

const isCliCommand = (value: string | undefined): value is TCliCommand =>
  CLI_COMMANDS.some((command) => command === value);

/**
 * Parses the argv the Prisma CLI gives its schema-engine binary:
 * `--version`, `--datasource <json> cli <command>`, or
 * `--datamodels <path>... --datasource <json> [--enabled-preview-features ..] [--extension-types ..]` for JSON-RPC.
 */
export function parseEngineArgs(argv: readonly string[]): TEngineArgs {
  if (argv.includes("--version") || argv.includes("-V")) return { kind: "version" };

  const datamodelPaths: string[] = [];
  let datasource: TDatasource = {};
  let cliCommand: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === "cli") {
      cliCommand = value;
      i++;
    } else if (arg === "--datamodels" && value !== undefined) {
      datamodelPaths.push(value);
      i++;
    } else if (arg === "--datasource" && value !== undefined) {
      datasource = ZDatasource.parse(JSON.parse(value));
      i++;
    } else if (arg?.startsWith("--") && value !== undefined && !value.startsWith("--")) {
      // Preview features and extension types do not change how the wasm engine behaves for Postgres.
      i++;
    }
  }

  if (cliCommand === undefined) return { kind: "rpc", datamodelPaths, datasource };
  if (!isCliCommand(cliCommand)) throw new Error(`Unsupported schema-engine cli command: ${cliCommand}`);
  return { kind: "cli", command: cliCommand, datasource };
}
