import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { CalibrationSection } from "@/components/judgings/calibration-section";
import { AgreementFigures } from "@/components/review/agreement-figures";
import { DisagreementList } from "@/components/review/disagreement-list";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { prisma } from "@/lib/db/prisma";
import { findRecord, requireRecord } from "@/lib/pages/records";
import { getQueueAgreement } from "@/lib/review/agreement";
import { getQueueCalibration } from "@/lib/review/calibration";

export const metadata: Metadata = { title: "Review agreement" };

type TProps = { params: Promise<{ id: string }> };

/** A queue's agreement between reviewers, the items they disagree on, the judge calibration (grade queues), export. */
export default async function ReviewAgreementPage({ params }: TProps) {
  await connection();
  const queue = requireRecord(
    await findRecord((await params).id, (id) =>
      prisma.reviewQueue.findUnique({ where: { id }, include: { dataset: { select: { name: true } } } }),
    ),
  );
  const [agreement, calibration] = await Promise.all([
    getQueueAgreement(prisma, queue.id),
    queue.judgingId && queue.scaleMin !== null ? getQueueCalibration(prisma, queue.id) : null,
  ]);
  const reviewerIds = [...new Set(agreement.disagreements.flatMap((d) => d.decisions.map((x) => x.reviewerId)))];
  const users = await prisma.user.findMany({ where: { id: { in: reviewerIds } }, select: { id: true, name: true } });
  const names = Object.fromEntries(users.map((user) => [user.id, user.name]));
  const exportHref = (format: string) => `/api/review-queues/${queue.id}/decisions/export?format=${format}`;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600">
            <Link href="/review" className={textLink}>
              Review
            </Link>{" "}
            · {queue.dataset.name} ·{" "}
            <Link href={`/review/${queue.id}`} className={textLink}>
              {queue.name}
            </Link>
          </p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight">Agreement: {queue.name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {queue.reviewsPerItem} {queue.reviewsPerItem === 1 ? "review" : "reviews"} asked per item. Every decision is
            kept (undos too): the export is the whole audit trail.
          </p>
        </div>
        <div className="flex gap-2">
          <a href={exportHref("csv")} className={secondaryButton} download>
            Decisions as CSV
          </a>
          <a href={exportHref("jsonl")} className={secondaryButton} download>
            Decisions as JSONL
          </a>
        </div>
      </header>
      <AgreementFigures agreement={agreement} />
      {calibration ? (
        calibration.graded > 0 ? (
          <CalibrationSection calibration={{ ...calibration, field: null }} />
        ) : (
          <p className="text-sm text-slate-600">
            No grade given yet: the judge&apos;s calibration appears here once reviewers grade items.
          </p>
        )
      ) : null}
      {agreement.itemsCompared > 0 ? (
        <DisagreementList queueId={queue.id} disagreements={agreement.disagreements} names={names} />
      ) : null}
    </div>
  );
}
