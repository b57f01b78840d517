import { isUuid } from "@/lib/api/ids";
import type { TClient } from "./client";
import { CliError } from "./errors";
import { ZDatasetList, ZEndpointList } from "./schemas";

/** A dataset or model named by id or by its (unique) name, as people type them in CI scripts. */
async function resolve(
  kind: "dataset" | "model",
  wanted: string,
  list: () => Promise<{ id: string; name: string }[]>,
): Promise<string> {
  if (isUuid(wanted)) return wanted;
  const matches = (await list()).filter((item) => item.name === wanted);
  if (matches.length === 1) return (matches[0] as { id: string }).id;
  throw new CliError(
    matches.length === 0 ? `No ${kind} named "${wanted}".` : `Several ${kind}s are named "${wanted}": use an id.`,
  );
}

export const resolveDataset = (client: TClient, wanted: string) =>
  resolve("dataset", wanted, async () => (await client.get("/api/datasets", ZDatasetList)).datasets);

export const resolveEndpoint = (client: TClient, wanted: string) =>
  resolve("model", wanted, async () => (await client.get("/api/endpoints", ZEndpointList)).endpoints);
