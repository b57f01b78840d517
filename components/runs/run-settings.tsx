import { card } from "@/components/endpoints/styles";
import { formatDateTime } from "@/components/ui/format";
import { describeLogprobs, formatAnswerMode } from "./answer-mode-format";
import { formatShots } from "./format";
import type { TRunViewJson } from "./types";
import { ScrollBox } from "@/components/ui/scroll-box";

/** What the run was asked to do, including the prompt template exactly as it was sent (a snapshot). */
export function RunSettings({ run }: { run: TRunViewJson }) {
  const { settings } = run;
  const rows = [
    { label: "Split", value: settings.split },
    { label: "Sample limit", value: settings.limit === null ? "whole split" : String(settings.limit) },
    { label: "Shots", value: formatShots(settings.shots) },
    { label: "Temperature", value: String(settings.temperature) },
    { label: "Max tokens", value: String(settings.maxTokens) },
    { label: "Seed", value: String(settings.seed) },
    { label: "Answer mode", value: formatAnswerMode(settings.answerMode) },
    {
      label: "Log-probabilities",
      value: describeLogprobs(settings.answerMode, settings.withLogprobs, run.calibration?.labelScoring),
    },
    { label: "Created", value: formatDateTime(run.createdAt) },
    { label: "Finished", value: formatDateTime(run.finishedAt) },
  ];
  return (
    <section aria-labelledby="settings-title" className={`${card} p-6`}>
      <h2 id="settings-title" className="text-base font-semibold">
        Settings
      </h2>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-4">
        {rows.map((row) => (
          <div key={row.label}>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{row.label}</dt>
            <dd className="mt-0.5 text-sm tabular-nums text-slate-900" suppressHydrationWarning>
              {row.value}
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-6 text-xs font-medium uppercase tracking-wide text-slate-500">Prompt template</h3>
      <ScrollBox
        as="pre"
        label="Prompt template"
        className="mt-2 max-h-80 overflow-auto whitespace-pre-wrap rounded-lg border border-slate-200 bg-slate-50 p-4 font-mono text-xs leading-relaxed text-slate-800"
      >
        {settings.promptTemplate}
      </ScrollBox>
    </section>
  );
}
