import type { TDb } from "@/lib/db/prisma";

/**
 * A judging is complete when every target has a judgement row (a grade, an unparseable reply or an error). Whichever
 * chunk finishes last flips the status; the conditional UPDATE makes concurrent callers harmless.
 */
export async function finalizeJudgingIfDone(db: TDb, judgingId: string): Promise<boolean> {
  const updated = await db.$executeRaw`
    UPDATE "Judging" g SET status = 'COMPLETED', "finishedAt" = now()
    WHERE g.id = ${judgingId}::uuid AND g.status = 'RUNNING'
      AND (SELECT count(*) FROM "Judgement" j WHERE j."judgingId" = g.id) >= g.total`;
  return updated > 0;
}

/** Stops a judging for a reason that would fail every remaining call (bad key, unknown judge model). */
export async function failJudging(db: TDb, judgingId: string, message: string): Promise<void> {
  await db.judging.updateMany({
    where: { id: judgingId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "FAILED", errorMessage: message, finishedAt: new Date() },
  });
}
