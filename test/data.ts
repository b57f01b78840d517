import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The sample data the tests read: data/ at the repository's root, with the demo's files (licences in its README). */
export const DATA_DIR = fileURLToPath(new URL("../data", import.meta.url));

export function dataFile(name: string): string {
  return join(DATA_DIR, name);
}
