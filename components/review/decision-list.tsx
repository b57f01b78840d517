import { formatDateTime } from "@/components/ui/format";
import type { TReviewItemView } from "@/lib/review/item";

const KIND_TEXT: Record<string, string> = {
  RELABEL: "expected label is wrong →",
  ALIAS: "answer means →",
  CONFIRM: "confirmed wrong",
  EXCLUDE: "ambiguous / unusable",
  GRADE: "grade",
  PREFER: "prefers",
  NOTE: "note",
  UNDO: "undid their decision",
};

/** The item's audit trail: every decision, who and when; withdrawn ones struck through. */
export function DecisionList({ decisions }: { decisions: TReviewItemView["decisions"] }) {
  if (decisions.length === 0) return <p className="text-sm text-slate-500">No decision yet.</p>;
  return (
    <ol className="space-y-1.5 text-sm" aria-label="Decisions">
      {decisions.map((d) => (
        <li key={d.id} className={d.active || d.kind === "UNDO" ? "text-slate-800" : "text-slate-400 line-through"}>
          <span className="font-medium">{d.reviewerName}</span> {KIND_TEXT[d.kind] ?? d.kind}{" "}
          {d.label ?? (d.grade !== null ? String(d.grade) : "")}
          {d.note ? <span className="text-slate-500"> — {d.note}</span> : null}
          <span className="ml-2 text-xs text-slate-500">{formatDateTime(d.createdAt)}</span>
        </li>
      ))}
    </ol>
  );
}
