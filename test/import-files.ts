// Files in the formats other eval tools write, built in the tests from plain objects, so each expected sample is
// computed from the same objects rather than copied.
import { ByteWriter, parquetWrite } from "hyparquet-writer";
import { stringify } from "yaml";

export type TEvalsLine = { input: unknown; ideal: unknown; [key: string]: unknown };

export function evalsJsonl(lines: TEvalsLine[]): string {
  return `${lines.map((line) => JSON.stringify(line)).join("\n")}\n`;
}

export type TPromptfooTest = {
  vars?: Record<string, unknown>;
  assert?: { type: string; value?: unknown }[];
  description?: string;
};

export function promptfooYaml(tests: TPromptfooTest[], asConfig = false): string {
  return stringify(asConfig ? { prompts: ["Answer: {{question}}"], tests } : tests);
}

export type TParquetColumn = {
  name: string;
  data: unknown[];
  type?: "STRING" | "INT32" | "DOUBLE" | "BOOLEAN" | "VARIANT";
};

/** A Parquet file as hyparquet-writer writes it (snappy pages, statistics): the shape Hugging Face shards have. */
export function parquetFile(columns: TParquetColumn[]): Uint8Array {
  const writer = new ByteWriter();
  parquetWrite({ writer, columnData: columns as Parameters<typeof parquetWrite>[0]["columnData"] });
  return new Uint8Array(writer.getBuffer());
}
