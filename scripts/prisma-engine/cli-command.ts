import type { TCliCommand } from "#engine/args";
import { checkConnection, createDatabase, DatabaseAdminError, dropDatabase } from "#engine/database-admin";

type TLogLevel = "INFO" | "ERROR";

/** One tracing-style JSON log line, the format the Prisma CLI parses from the engine's stderr. */
export function formatLogLine(level: TLogLevel, message: string, errorCode?: string): string {
  const fields = errorCode === undefined ? { message } : { message, error_code: errorCode };
  return JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" });
}

async function runCommand(command: TCliCommand, url: string): Promise<void> {
  if (command === "can-connect-to-database") return checkConnection(url);
  if (command === "create-database") {
    await createDatabase(url);
    return;
  }
  return dropDatabase(url);
}

/**
 * Runs `schema-engine cli <command>` and returns the process exit code. The CLI skips the first stderr line and
 * reads the ERROR line's `error_code` (P1003 "does not exist" makes `migrate dev` create the database).
 */
export async function runCliCommand(command: TCliCommand, url: string | undefined): Promise<number> {
  process.stderr.write(`${formatLogLine("INFO", `Starting schema engine CLI: ${command}`)}\n`);
  if (url === undefined) {
    process.stderr.write(`${formatLogLine("ERROR", "The datasource has no url.")}\n`);
    return 1;
  }
  try {
    await runCommand(command, url);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const errorCode = error instanceof DatabaseAdminError ? error.errorCode : undefined;
    process.stderr.write(`${formatLogLine("ERROR", message, errorCode)}\n`);
    return 1;
  }
}
