import Link from "next/link";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { card, cardTitle } from "@/components/ui/styles";
import type { TVersionSummary } from "@/lib/versions/board";
import { ReuploadForm } from "./reupload-form";

function describeChanges(version: TVersionSummary): string {
  if (version.number === 1) return "As uploaded";
  const parts = [
    `${formatCount(version.relabelledCount)} relabelled`,
    `${formatCount(version.excludedCount)} excluded`,
    `${formatCount(version.aliasCount)} ${version.aliasCount === 1 ? "alias" : "aliases"}`,
  ];
  return `${version.origin === "REVIEW" ? "From a review" : "From a re-upload"}: ${parts.join(", ")}`;
}

/**
 * The dataset's numbered versions (content hash, what changed), newest first, and the re-upload form that makes the
 * next one. New runs evaluate the latest version; the leaderboard shows every run on every version.
 */
export function DatasetVersions({
  datasetId,
  versions,
  classification,
}: {
  datasetId: string;
  versions: TVersionSummary[];
  classification: boolean;
}) {
  const latest = versions.at(-1)?.number ?? 0;
  return (
    <section aria-labelledby="dataset-versions" className={`${card} space-y-4 p-6`}>
      <div>
        <h2 id="dataset-versions" className={cardTitle}>
          Versions
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          New runs evaluate the latest version (its excluded rows are not sent, its corrected labels are scored).
          {classification ? (
            <>
              {" "}
              Every past run is re-scored on each version from its stored answers:{" "}
              <Link
                href={`/leaderboard?datasetId=${datasetId}`}
                className="font-medium text-indigo-700 hover:underline"
              >
                per-version figures on the leaderboard
              </Link>
              .
            </>
          ) : null}
        </p>
      </div>
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200" data-testid="version-list">
        {[...versions].reverse().map((version) => (
          <li key={version.id} className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 py-2.5">
            <span className="text-sm">
              <span className="font-semibold text-slate-900">Version {version.number}</span>
              {version.number === latest ? (
                <span className="ml-2 rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-800 ring-1 ring-inset ring-indigo-200">
                  latest
                </span>
              ) : null}
              <span className="ml-3 text-slate-600">{describeChanges(version)}</span>
            </span>
            <span className="text-xs text-slate-500">
              hash <code className="font-mono">{version.contentHash.slice(0, 12)}</code> ·{" "}
              {formatDateTime(version.createdAt)}
            </span>
          </li>
        ))}
      </ol>
      <ReuploadForm datasetId={datasetId} nextNumber={latest + 1} />
    </section>
  );
}
