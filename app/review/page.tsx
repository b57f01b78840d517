import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { card } from "@/components/ui/styles";
import { TableHead } from "@/components/ui/table-head";
import { prisma } from "@/lib/db/prisma";
import { listReviewQueues } from "@/lib/review/list";

export const metadata: Metadata = { title: "Review" };

const SOURCES: Record<string, string> = {
  "runs-disagree": "two runs' disagreements",
  "judge-grades": "judge grades",
  "pairwise-flips": "flipped pairwise verdicts",
  "dataset-conflicts": "conflicting duplicates",
};

/** "run-invalid" → "a run's invalid answers". */
function describeSource(source: string): string {
  return SOURCES[source] ?? (source.startsWith("run-") ? `a run's ${source.slice(4)} answers` : source);
}

const COLUMNS = [
  { key: "name", label: "Queue" },
  { key: "dataset", label: "Dataset" },
  { key: "source", label: "From" },
  { key: "reviews", label: "Reviews per item", align: "right" as const },
  { key: "progress", label: "Decided", align: "right" as const },
  { key: "created", label: "Created" },
];

export default async function ReviewQueuesPage() {
  await connection();
  const queues = await listReviewQueues(prisma, {});
  return (
    <>
      <PageHeader
        title="Review"
        description="Queues of answers and samples to settle by hand. Accepted corrections become a new dataset version, and every past run is re-scored on it."
      />
      {queues.length === 0 ? (
        <EmptyState title="No review queue yet">
          Open a run&apos;s invalid or wrong answers (or a confusion-matrix cell) and choose &ldquo;Review these&rdquo;;
          the compare page, a judging, a head-to-head&apos;s flipped verdicts and a dataset&apos;s conflicting
          duplicates offer a review queue too.
        </EmptyState>
      ) : (
        <div className={`${card} overflow-x-auto`}>
          <table className="min-w-full text-sm">
            <TableHead columns={COLUMNS} />
            <tbody className="divide-y divide-slate-100">
              {queues.map((queue) => (
                <tr key={queue.id}>
                  <td className="px-4 py-3 pl-5">
                    <Link href={`/review/${queue.id}`} className="font-medium text-slate-900 hover:underline">
                      {queue.name}
                    </Link>
                  </td>
                  <td className="px-4 py-3">{queue.datasetName}</td>
                  <td className="px-4 py-3 text-slate-600">{describeSource(queue.source)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{queue.reviewsPerItem}</td>
                  <td className="px-4 py-3 text-right tabular-nums">
                    {formatCount(queue.progress.decided)} / {formatCount(queue.itemCount)}
                    {queue.progress.conflicts > 0 ? (
                      <span className="block text-xs text-amber-700">{queue.progress.conflicts} in conflict</span>
                    ) : null}
                  </td>
                  <td className="px-4 py-3 pr-5 text-slate-600">{formatDateTime(queue.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
