import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { ZUploadFields } from "@/lib/datasets/upload-fields";
import type { TClient } from "./client";
import { CliError, EXIT } from "./errors";
import { ZUploadedDataset } from "./schemas";

export type TUploadArgs = {
  file: string;
  name: string;
  task: string;
  testFraction?: string;
  seed?: string;
  mapping?: string;
  json: boolean;
};

/** `evalboard datasets upload FILE --name … --task …`: the fields are checked with the upload route's own schema. */
export async function uploadDataset(client: TClient, args: TUploadArgs, out: NodeJS.WritableStream) {
  const fields = ZUploadFields.safeParse({
    name: args.name,
    task: args.task.toUpperCase().replace("-", "_"),
    testFraction: args.testFraction,
    seed: args.seed,
    mapping: args.mapping,
  });
  if (!fields.success) {
    const issue = fields.error.issues[0];
    throw new CliError(`--${issue?.path.join(".") || "field"}: ${issue?.message}`);
  }
  const size = await stat(args.file).catch(() => null);
  if (!size?.isFile()) throw new CliError(`No such file: ${args.file}`);
  const form = new FormData();
  form.append("name", fields.data.name);
  form.append("task", fields.data.task);
  form.append("testFraction", String(fields.data.testFraction));
  form.append("seed", String(fields.data.seed));
  if (args.mapping) form.append("mapping", args.mapping);
  // The file goes last: the server streams the fields first, then the rows.
  form.append("file", new Blob([await readFile(args.file)]), basename(args.file));
  const dataset = await client.upload("/api/datasets", form, ZUploadedDataset);
  out.write(
    args.json
      ? `${JSON.stringify(dataset)}\n`
      : `Uploaded "${dataset.name}" (${dataset.id}): ${dataset.rowCount} rows, ${dataset.testCount} test / ` +
          `${dataset.trainCount} train${dataset.labels.length ? `, labels ${dataset.labels.join(", ")}` : ""}\n`,
  );
  return EXIT.ok;
}
