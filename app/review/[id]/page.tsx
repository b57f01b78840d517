import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ReviewPanel } from "@/components/review/review-panel";
import { textLink } from "@/components/ui/styles";
import { firstValues } from "@/lib/api/search-params";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
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
  const me = await getCurrentUser();
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
      </header>
      <ReviewPanel
        queueId={queue.id}
        initialPosition={query.success ? query.data.position : 0}
        canReview={me?.role ? hasRole(me.role, "analyst") : false}
      />
    </div>
  );
}
