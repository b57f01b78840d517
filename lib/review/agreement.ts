import { findQueueOr404 } from "./find-queue";
import type { TDb } from "@/lib/db/prisma";
import { cohenKappa, fleissKappa } from "@/lib/metrics";
import { decisionKey, findActiveDecisions, type TDecisionRow } from "./active";

export type TQueueAgreement = {
  reviewers: number;
  /** Items with at least two standing decisions (notes aside). */
  itemsCompared: number;
  /** Cohen's kappa when exactly two reviewers decided the compared items; null otherwise or when undefined. */
  cohenKappa: number | null;
  /** Fleiss' kappa over the items with exactly `reviewsPerItem` decisions (at least two). */
  fleissKappa: number | null;
  /** Share of compared items whose reviewers all said the same. */
  observedAgreement: number | null;
  disagreements: { position: number; sampleId: number; decisions: { reviewerId: string; decision: string }[] }[];
};

/** Pure: agreement between reviewers from each item's standing decisions (categories = what the decision says). */
export function computeAgreement(
  items: readonly { position: number; sampleId: number; decisions: readonly TDecisionRow[] }[],
  reviewsPerItem: number,
): TQueueAgreement {
  const compared = items
    .map((item) => ({ ...item, active: findActiveDecisions(item.decisions).filter((d) => d.kind !== "NOTE") }))
    .filter((item) => item.active.length >= 2);
  const categories = new Map<string, number>();
  for (const item of compared) {
    for (const d of item.active) if (!categories.has(decisionKey(d))) categories.set(decisionKey(d), categories.size);
  }
  const reviewers = new Set(compared.flatMap((item) => item.active.map((d) => d.reviewerId)));
  let cohen: number | null = null;
  if (reviewers.size === 2) {
    const [first, second] = [...reviewers];
    const a: number[] = [];
    const b: number[] = [];
    for (const item of compared) {
      const x = item.active.find((d) => d.reviewerId === first);
      const y = item.active.find((d) => d.reviewerId === second);
      if (!x || !y) continue;
      a.push(categories.get(decisionKey(x)) as number);
      b.push(categories.get(decisionKey(y)) as number);
    }
    cohen = a.length > 0 ? cohenKappa(a, b) : null;
  }
  const n = Math.max(reviewsPerItem, 2);
  const table = compared
    .filter((item) => item.active.length === n)
    .map((item) => {
      const row = new Array<number>(categories.size).fill(0);
      for (const d of item.active) row[categories.get(decisionKey(d)) as number]! += 1;
      return row;
    });
  const disagreements = compared
    .filter((item) => new Set(item.active.map(decisionKey)).size > 1)
    .map((item) => ({
      position: item.position,
      sampleId: item.sampleId,
      decisions: item.active.map((d) => ({ reviewerId: d.reviewerId, decision: decisionKey(d) })),
    }));
  return {
    reviewers: reviewers.size,
    itemsCompared: compared.length,
    cohenKappa: cohen,
    fleissKappa: table.length > 0 ? fleissKappa(table) : null,
    observedAgreement: compared.length > 0 ? 1 - disagreements.length / compared.length : null,
    disagreements,
  };
}

/** GET /api/review-queues/:id/agreement. */
export async function getQueueAgreement(db: TDb, queueId: string): Promise<TQueueAgreement> {
  const queue = await findQueueOr404(db, queueId);
  const decisions = await db.reviewDecision.findMany({ where: { queueId }, orderBy: { id: "asc" } });
  const items = await db.reviewItem.findMany({
    where: { id: { in: [...new Set(decisions.map((d) => d.itemId))] } },
    select: { id: true, position: true, sampleId: true },
    orderBy: { position: "asc" },
  });
  return computeAgreement(
    items.map((item) => ({ ...item, decisions: decisions.filter((d) => d.itemId === item.id) })),
    queue.reviewsPerItem,
  );
}
