/**
 * Formats that can only be read whole (Parquet keeps its schema in a footer at the end; a YAML list is one
 * document): the file is held in memory, so each has a bound below the upload limit.
 */
export const WHOLE_FILE_MAX_BYTES = { parquet: 256 * 1024 * 1024, yaml: 16 * 1024 * 1024 } as const;
export type TWholeFileFormat = keyof typeof WHOLE_FILE_MAX_BYTES;

export function wholeFileFormat(fileName: string): TWholeFileFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith(".parquet")) return "parquet";
  if (name.endsWith(".yaml") || name.endsWith(".yml")) return "yaml";
  return null;
}
