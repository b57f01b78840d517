import { wilson } from "@/lib/metrics";
import type { TLeaderboardRow } from "@/lib/leaderboard/types";

/** A leaderboard row for the prepare tests: intervals are real Wilson intervals of the given counts. */
export function makeRow(
  runId: string,
  options: {
    name?: string;
    shots?: number;
    partial?: boolean;
    answered?: number;
    valid?: number;
    correct?: number;
    errors?: number;
    cost?: number | null;
  } = {},
): TLeaderboardRow {
  const answered = options.answered ?? 10;
  const valid = options.valid ?? answered;
  const correct = options.correct ?? 0;
  const empty = { estimate: null, low: null, high: null };
  return {
    runId,
    status: options.partial ? "RUNNING" : "COMPLETED",
    partial: options.partial ?? false,
    endpoint: { id: runId, name: options.name ?? runId, model: "m", tags: [] },
    shots: options.shots ?? 0,
    split: "TEST",
    answerMode: "FREE_TEXT",
    method: "GENERATE",
    total: answered + (options.errors ?? 0),
    createdAt: "2025-01-01T00:00:00.000Z",
    answered,
    errors: options.errors ?? 0,
    validRate: wilson(valid, answered),
    validAccuracy: wilson(correct, valid),
    accuracy: wilson(correct, answered),
    macroF1: empty,
    costPer1k: options.cost ?? null,
    latencyP50Ms: null,
    isBest: false,
    comparison: null,
  };
}
