import { z } from "zod";
import type { TDb } from "@/lib/db/prisma";

const ZCandidates = z.array(z.object({ l2: z.number(), logLoss: z.number(), accuracy: z.number() }));

/** What the run page says about an embedding-classifier run's fit (null until it is fitted). */
export async function findClassifierFit(db: TDb, runId: string) {
  const fit = await db.runClassifier.findUnique({
    where: { runId },
    select: {
      trainRows: true,
      dimensions: true,
      folds: true,
      l2: true,
      candidates: true,
      promptTokens: true,
      cost: true,
      cachedTexts: true,
      embedMs: true,
      fitMs: true,
    },
  });
  if (!fit) return null;
  const candidates = ZCandidates.catch([]).parse(fit.candidates);
  const chosen = candidates.find((candidate) => candidate.l2 === fit.l2) ?? null;
  return { ...fit, candidates, cvAccuracy: chosen?.accuracy ?? null, cvLogLoss: chosen?.logLoss ?? null };
}

export type TClassifierFit = NonNullable<Awaited<ReturnType<typeof findClassifierFit>>>;
