import type { TDecisionKind } from "./schemas";

export type TDecisionRow = {
  id: number;
  itemId: number;
  reviewerId: string;
  kind: TDecisionKind;
  label: string | null;
  grade: number | null;
  note: string | null;
  undoesId: number | null;
  createdAt: Date;
};

/**
 * The decisions still standing: every decision except UNDOs and the decisions they withdraw. Decisions are never
 * changed or deleted (the audit trail); this is the only place "what counts now" is derived.
 */
export function findActiveDecisions<T extends TDecisionRow>(decisions: readonly T[]): T[] {
  const undone = new Set(decisions.filter((d) => d.kind === "UNDO").map((d) => d.undoesId));
  return decisions.filter((d) => d.kind !== "UNDO" && !undone.has(d.id));
}

/** What a decision says, for comparing reviewers: two decisions agree when their keys are equal. */
export function decisionKey(decision: Pick<TDecisionRow, "kind" | "label" | "grade">): string {
  if (decision.kind === "RELABEL" || decision.kind === "ALIAS" || decision.kind === "PREFER") {
    return `${decision.kind}:${decision.label ?? ""}`;
  }
  if (decision.kind === "GRADE") return `GRADE:${decision.grade ?? ""}`;
  return decision.kind;
}

export type TItemVerdict<T extends TDecisionRow = TDecisionRow> =
  | { state: "open"; reviews: number }
  | { state: "agreed"; reviews: number; decision: T }
  | { state: "conflict"; reviews: number; keys: string[] };

/** An item's state from its active decisions (NOTEs say nothing about the item and are left out). */
export function judgeItem<T extends TDecisionRow>(active: readonly T[], reviewsPerItem: number): TItemVerdict<T> {
  const counted = active.filter((d) => d.kind !== "NOTE");
  const keys = [...new Set(counted.map(decisionKey))];
  if (keys.length > 1) return { state: "conflict", reviews: counted.length, keys };
  const first = counted[0];
  if (!first || counted.length < reviewsPerItem) return { state: "open", reviews: counted.length };
  return { state: "agreed", reviews: counted.length, decision: first };
}
