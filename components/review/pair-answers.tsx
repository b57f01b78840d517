import { ScrollBox } from "@/components/ui/scroll-box";
import type { TPairAnswers } from "@/lib/review/pair";

/** The two answers a reviewer prefers between, A then B, side by side. */
export function PairAnswers({ pair }: { pair: TPairAnswers }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {(["first", "second"] as const).map((side, i) => {
        const letter = i === 0 ? "A" : "B";
        return (
          <div key={side} className="rounded-lg border border-slate-200 p-3">
            <h3 id={`answer-${letter}`} className="text-xs font-medium uppercase tracking-wide text-slate-500">
              Answer {letter} · <span className="normal-case">{pair[side].name}</span>
            </h3>
            <ScrollBox
              labelledBy={`answer-${letter}`}
              testId={`answer-${letter.toLowerCase()}`}
              className="mt-1 max-h-64 overflow-y-auto whitespace-pre-wrap text-sm text-slate-900"
            >
              {pair[side].text ?? <span className="text-slate-500">(no answer)</span>}
            </ScrollBox>
          </div>
        );
      })}
    </div>
  );
}
