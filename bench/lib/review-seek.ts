/**
 * "My next open item" (`seek=open`) on a 1,000,000-item review queue where the reviewer has already decided most items:
 * the first 900,000 (a few of them undone and decided again), then, past 900,000, every item but a sparse few (open:
 * untouched, a note only, a decision undone). Another reviewer decides every third item, which leaves it open for
 * this one. The queue and its decisions are written in SQL once and kept between invocations.
 */
import { prisma } from "@/lib/db/prisma";
import { createReviewQueue } from "@/lib/review/create-queue";
import { findReviewItem, getReviewItem } from "@/lib/review/item";
import { countProgress, rebuildProgress } from "@/lib/review/progress";
import { rebuildSeekBlocks, seekOpenPosition } from "@/lib/review/seek-blocks";
import { findActiveDecisions, type TDecisionRow } from "@/lib/review/active";
import { aggregateProgress } from "@/test/review-progress-reference";

const ITEMS = 1_000_000;
const ME = "bench-seek";
const OTHER = "bench-seek-other";
const NAME = "bench seek=open";

type TMeasure = (label: string, target: number, times: number, run: () => Promise<unknown>) => Promise<void>;

async function ensureQueue(runId: string): Promise<string> {
  const existing = await prisma.reviewQueue.findFirst({ where: { runId, name: NAME, itemCount: ITEMS } });
  if (existing && (await prisma.reviewDecision.count({ where: { queueId: existing.id } })) > 0) {
    console.log(`  reusing the ${ITEMS.toLocaleString("en-US")}-item queue and its decisions`);
    return existing.id;
  }
  await prisma.reviewQueue.deleteMany({ where: { runId, name: NAME } });
  const started = performance.now();
  const queue = await createReviewQueue(
    prisma,
    { source: "run", runId, view: "all", reviewsPerItem: 1, name: NAME },
    "bench",
  );
  if (queue.itemCount !== ITEMS) throw new Error(`expected ${ITEMS} items, got ${queue.itemCount}`);
  // Mine: every item below 900,000; past it, all but position % 1000 in {250 (a note only), 500 (undone), 999}.
  // position % 1000 = 100: decided, undone, decided again (decided). Ids ascend in creation order, as in the app.
  const mine = `(i.position < 900000 OR i.position % 1000 NOT IN (250, 500, 999))`;
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ReviewDecision" ("queueId", "itemId", "sampleId", "reviewerId", kind)
    SELECT i."queueId", i.id, i."sampleId", '${ME}', 'CONFIRM'
    FROM "ReviewItem" i WHERE i."queueId" = '${queue.id}' AND (${mine} OR i.position % 1000 = 500) ORDER BY i.position`);
  // Notes everywhere at 100 and 250: below 900,000 they sit beside a standing decision.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ReviewDecision" ("queueId", "itemId", "sampleId", "reviewerId", kind, note)
    SELECT i."queueId", i.id, i."sampleId", '${ME}', 'NOTE', 'look again'
    FROM "ReviewItem" i WHERE i."queueId" = '${queue.id}' AND i.position % 1000 IN (100, 250) ORDER BY i.position`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ReviewDecision" ("queueId", "itemId", "sampleId", "reviewerId", kind, "undoesId")
    SELECT d."queueId", d."itemId", d."sampleId", d."reviewerId", 'UNDO', d.id
    FROM "ReviewDecision" d JOIN "ReviewItem" i ON i.id = d."itemId"
    WHERE d."queueId" = '${queue.id}' AND d.kind = 'CONFIRM'
      AND (i.position % 1000 = 100 OR (i.position >= 900000 AND i.position % 1000 = 500)) ORDER BY i.position`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ReviewDecision" ("queueId", "itemId", "sampleId", "reviewerId", kind)
    SELECT i."queueId", i.id, i."sampleId", '${ME}', 'CONFIRM'
    FROM "ReviewItem" i WHERE i."queueId" = '${queue.id}' AND i.position % 1000 = 100 ORDER BY i.position`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ReviewDecision" ("queueId", "itemId", "sampleId", "reviewerId", kind, label)
    SELECT i."queueId", i.id, i."sampleId", '${OTHER}', 'RELABEL', 'general'
    FROM "ReviewItem" i WHERE i."queueId" = '${queue.id}' AND i.position % 3 = 0 ORDER BY i.position`);
  // Written in bulk, past recordDecision: the seek's blocks and the progress counters are derived here as the
  // migrations derived them.
  await rebuildSeekBlocks(prisma, queue.id);
  await rebuildProgress(prisma, queue.id);
  await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) "ReviewItem"`);
  await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) "ReviewDecision"`);
  await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) "ReviewSeekBlock"`);
  console.log(
    `  ${ITEMS.toLocaleString("en-US")}-item queue and its decisions written in ${((performance.now() - started) / 1000).toFixed(1)} s (setup)`,
  );
  return queue.id;
}

/**
 * Independently of the seek's SQL: every decision of mine read back and judged with findActiveDecisions (the app's one
 * rule for what still stands), item by item; true at the positions open to me (dealt to me or to nobody).
 */
async function openPositions(queueId: string): Promise<Uint8Array> {
  const open = new Uint8Array(ITEMS).fill(1);
  const notMine = await prisma.reviewItem.findMany({
    where: { queueId, assigneeId: { not: null, notIn: [ME] } },
    select: { position: true },
  });
  for (const item of notMine) open[item.position] = 0;
  const rows = await prisma.$queryRaw<(TDecisionRow & { position: number })[]>`
    SELECT d.*, i.position FROM "ReviewDecision" d JOIN "ReviewItem" i ON i.id = d."itemId"
    WHERE d."queueId" = ${queueId}::uuid AND d."reviewerId" = ${ME}`;
  const byPosition = new Map<number, TDecisionRow[]>();
  for (const row of rows) byPosition.set(row.position, [...(byPosition.get(row.position) ?? []), row]);
  for (const [position, decisions] of byPosition) {
    if (findActiveDecisions(decisions).some((d) => d.kind !== "NOTE")) open[position] = 0;
  }
  return open;
}

export async function benchSeekOpen(runId: string, measure: TMeasure): Promise<boolean> {
  const queueId = await ensureQueue(runId);
  const open = await openPositions(queueId);
  const expected = (from: number) => {
    for (let position = from; position < ITEMS; position += 1) if (open[position]) return position;
    return null;
  };
  if (expected(0) !== 900_250) throw new Error(`the first open item is ${expected(0)}, not 900,250: delete the queue`);
  let exact = true;
  const check = async (from: number) => {
    const got = (await findReviewItem(prisma, queueId, { position: from, seek: "open" }, ME)).position;
    if (got !== expected(from)) {
      exact = false;
      console.log(`  seek=open from ${from}: got ${got}, expected ${expected(from)}: MISMATCH`);
    }
  };
  await measure("seek=open from the start (900,250 items to skip), whole API answer", 50, 15, () => check(0));
  let deep = 450_000;
  await measure("seek=open from deep inside (skips 0-450,000 decided items)", 50, 15, async () => {
    deep += 30_011;
    await check(deep % ITEMS);
  });
  await measure("  of which the seek alone (from the start)", 50, 15, () =>
    seekOpenPosition(prisma, { id: queueId, itemCount: ITEMS }, 0, ME),
  );
  // The rest of the answer: the item view, whose progress is the queue row's kept counters.
  await measure("  of which the item view at the answer (progress included)", 50, 15, () =>
    getReviewItem(prisma, queueId, 900_250, ME),
  );
  await measure("item view (next item, position 450,000)", 50, 15, () => getReviewItem(prisma, queueId, 450_000, ME));
  const [kept, reference] = [await countProgress(prisma, queueId), await aggregateProgress(prisma, queueId, 1)];
  const right = kept.decided === reference.decided && kept.conflicts === reference.conflicts;
  console.log(
    `  progress: ${kept.decided.toLocaleString("en-US")} decided, ${kept.conflicts.toLocaleString("en-US")} in conflict: ` +
      (right ? "the aggregate over every decision agrees" : `MISMATCH (the aggregate: ${JSON.stringify(reference)})`),
  );
  for (const from of [0, 1, 899_999, 900_251, 900_501, 950_000, 999_999]) await check(from);
  console.log(`  seek=open answers: ${exact ? "exact (the first open item, judged independently)" : "MISMATCH"}`);
  return exact && right;
}
