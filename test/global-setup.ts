import { testEnv } from "./env";
import { migrateDatabase } from "./migrate";

// Integration tests share one migrated database; each test creates rows with unique ids and never wipes globally.
export default async function setup(): Promise<void> {
  migrateDatabase(testEnv.integration.DATABASE_URL);
}
