import { formatAnswerMode } from "@/components/runs/answer-mode-format";
import { chipButton } from "@/components/ui/styles";

const pill = "rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

/** The run's answer mode on its leaderboard row: free text in grey, the constrained modes in indigo. */
export function AnswerModePill({ mode }: { mode: string }) {
  const tone =
    mode === "FREE_TEXT"
      ? "bg-slate-100 text-slate-700 ring-slate-500/20"
      : "bg-indigo-50 text-indigo-800 ring-indigo-600/20";
  return (
    <span className={`${pill} ${tone}`} title="Answer mode">
      {formatAnswerMode(mode)}
    </span>
  );
}

/** Chips that keep the rows of the chosen answer modes; shown once the board holds more than one mode. */
export function AnswerModeFilter({
  modes,
  selected,
  onChange,
}: {
  modes: string[];
  selected: string[];
  onChange: (modes: string[]) => void;
}) {
  if (modes.length < 2) return null;
  const toggle = (mode: string) =>
    onChange(selected.includes(mode) ? selected.filter((item) => item !== mode) : [...selected, mode]);
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Filter by answer mode">
      <span className="text-xs font-medium uppercase tracking-wide text-slate-500">Answer mode</span>
      {modes.map((mode) => (
        <button
          key={mode}
          type="button"
          className={chipButton}
          aria-pressed={selected.includes(mode)}
          onClick={() => toggle(mode)}
        >
          {formatAnswerMode(mode)}
        </button>
      ))}
    </div>
  );
}
