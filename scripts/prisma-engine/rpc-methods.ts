import type {
  ApplyMigrationsInput,
  CreateDatabaseParams,
  CreateMigrationInput,
  DbExecuteParams,
  DevDiagnosticInput,
  DiagnoseMigrationHistoryInput,
  DiffParams,
  EnsureConnectionValidityParams,
  EvaluateDataLossInput,
  GetDatabaseVersionInput,
  IntrospectParams,
  IntrospectSqlParams,
  MarkMigrationAppliedInput,
  MarkMigrationRolledBackInput,
  ResetInput,
  SchemaEngine,
  SchemaPushInput,
} from "@prisma/schema-engine-wasm";
import { createDatabase } from "#engine/database-admin";

export type TRpcSession = {
  engine: () => Promise<SchemaEngine>;
  /** Asks the CLI to print a line on its stdout (the native engine's `print` request). */
  print: (content: string) => Promise<void>;
  datasourceUrl: string | undefined;
};

// Parameters arrive as JSON from the Prisma CLI of the same release as the wasm engine, so each handler
// declares the engine's own input type and the dispatcher passes the parsed JSON through unchanged.
type THandler = (session: TRpcSession, params: never) => Promise<unknown>;

async function diff(session: TRpcSession, params: DiffParams) {
  const { exitCode, stdout } = await (await session.engine()).diff(params);
  // The native engine prints the diff through the CLI instead of returning it, which is what `--output` captures.
  if (stdout) await session.print(stdout.replace(/\n$/, ""));
  return { exitCode, stdout: null };
}

const NEEDS_SHADOW_FACTORY = "shadow DB must be provided through an external factory";

/**
 * The wasm engine only reaches the adapter's shadow-database factory from some commands (diagnose, devDiagnostic,
 * diff); evaluateDataLoss and createMigration rely on the migration-history schema those cached. When nothing
 * cached it yet (e.g. `migrate dev` right after applying pending migrations) they fail, so compute it through
 * diagnoseMigrationHistory, which uses the factory, and retry once.
 */
async function withShadowSchema<T>(
  session: TRpcSession,
  { migrationsList, filters }: Pick<EvaluateDataLossInput, "migrationsList" | "filters">,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const engine = await session.engine();
  try {
    return await run(engine);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes(NEEDS_SHADOW_FACTORY)) throw error;
    await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters });
    return run(engine);
  }
}

async function createDatabaseFromParams(session: TRpcSession, { datasource }: CreateDatabaseParams) {
  const url = datasource.tag === "ConnectionString" ? datasource.url : session.datasourceUrl;
  if (url === undefined) throw new Error("createDatabase needs a connection string.");
  return { databaseName: await createDatabase(url) };
}

export const RPC_METHODS: Record<string, THandler> = {
  applyMigrations: async (s, p: ApplyMigrationsInput) => (await s.engine()).applyMigrations(p),
  createDatabase: createDatabaseFromParams,
  createMigration: (s, p: CreateMigrationInput) => withShadowSchema(s, p, (engine) => engine.createMigration(p)),
  dbExecute: async (s, p: DbExecuteParams) => (await s.engine()).dbExecute(p),
  debugPanic: async (s) => (await s.engine()).debugPanic(),
  devDiagnostic: async (s, p: DevDiagnosticInput) => (await s.engine()).devDiagnostic(p),
  diagnoseMigrationHistory: async (s, p: DiagnoseMigrationHistoryInput) =>
    (await s.engine()).diagnoseMigrationHistory(p),
  diff,
  ensureConnectionValidity: async (s, p: EnsureConnectionValidityParams) =>
    (await s.engine()).ensureConnectionValidity(p),
  evaluateDataLoss: (s, p: EvaluateDataLossInput) => withShadowSchema(s, p, (engine) => engine.evaluateDataLoss(p)),
  getDatabaseVersion: async (s, p: GetDatabaseVersionInput | undefined) => (await s.engine()).version(p),
  introspect: async (s, p: IntrospectParams) => (await s.engine()).introspect(p),
  introspectSql: async (s, p: IntrospectSqlParams) => (await s.engine()).introspectSql(p),
  markMigrationApplied: async (s, p: MarkMigrationAppliedInput) => (await s.engine()).markMigrationApplied(p),
  markMigrationRolledBack: async (s, p: MarkMigrationRolledBackInput) => (await s.engine()).markMigrationRolledBack(p),
  reset: async (s, p: ResetInput) => (await s.engine()).reset(p),
  schemaPush: async (s, p: SchemaPushInput) => (await s.engine()).schemaPush(p),
};
