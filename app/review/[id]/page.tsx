import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ReviewPanel } from "@/components/review/review-panel";
import { textLink } from "@/components/ui/styles";
import { firstValues } from "@/lib/api/search-params";
import { prisma } from "@/lib/db/prisma";
import { findRecord, requireRecord } from "@/lib/pages/records";
import { ZItemQuery } from "@/lib/review/schemas";

export const metadata: Metadata = { title: "Review" };

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ReviewQueuePage({ params, searchParams }: TProps) {
  await connection();
  const queue = requireRecord(
    await findRecord((await params).id, (id) =>
      prisma.reviewQueue.findUnique({ where: { id }, include: { dataset: { select: { name: true } } } }),
    ),
  );
  const query = ZItemQuery.safeParse(firstValues(await searchParams));
  return (
    <div className="space-y-5">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/review" className={textLink}>
            Review
          </Link>{" "}
          · {queue.dataset.name}
          {queue.runId ? (
            <>
              {" "}
              ·{" "}
              <Link href={`/runs/${queue.runId}`} className={textLink}>
                run
              </Link>
            </>
          ) : null}
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">Review: {queue.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>1</kbd>-<kbd>9</kbd> pick a label, <kbd>r</kbd> relabel,{" "}
          <kbd>a</kbd> alias, <kbd>c</kbd> confirm wrong, <kbd>x</kbd> exclude, <kbd>u</kbd> undo.
        </p>
      </header>
      <ReviewPanel queueId={queue.id} initialPosition={query.success ? query.data.position : 0} />
    </div>
  );
}
