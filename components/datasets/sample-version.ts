import { formatCount } from "@/components/ui/format";
import type { TSampleVersion } from "@/lib/datasets/sample-version";

/** The samples header: the version shown and its row counts ("Version 2 (latest): 198 rows, 2 removed, …"). */
export function describeSampleVersion(version: TSampleVersion, uploadedRows: number): string {
  const kept = uploadedRows - version.removed;
  const rows = `${formatCount(kept)} ${kept === 1 ? "row" : "rows"}`;
  if (version.number === 1) return `Version 1, as uploaded: ${rows}.`;
  const name = `Version ${version.number}${version.number === version.latest ? " (latest)" : ""}`;
  return (
    `${name}: ${rows} of the ${formatCount(uploadedRows)} uploaded; ` +
    `${formatCount(version.relabelled)} relabelled, ${formatCount(version.removed)} removed (shown greyed).`
  );
}
