import Link from "next/link";
import { MISSING, formatCount, formatLatency, formatPercent, formatUsd } from "@/components/ui/format";
import { formatErrorKind } from "@/components/runs/format";
import type { TOutputDetail } from "@/lib/outputs/detail";
import { CloseOnEscape } from "./close-on-escape";
import { deriveOutputStatus } from "./output-status";
import { OutputStatusPill } from "./status-pill";
import { ScrollBox } from "@/components/ui/scroll-box";

const pre =
  "mt-1.5 max-h-72 overflow-auto whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 font-mono text-[13px] leading-relaxed text-slate-800 ring-1 ring-inset ring-slate-200";
const heading = "text-xs font-semibold uppercase tracking-wide text-slate-500";

function Fact({ name, value }: { name: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{name}</dt>
      <dd className="mt-0.5 font-medium tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

/** Everything about one answer: the prompt as sent, the raw reply, how it was read, what the judge said. */
export function OutputDetailPanel({ detail, closeHref }: { detail: TOutputDetail; closeHref: string }) {
  const { output, sample } = detail;
  const tokens =
    output.promptTokens === null && output.completionTokens === null
      ? MISSING
      : `${output.promptTokens ?? MISSING} in · ${output.completionTokens ?? MISSING} out`;
  return (
    <aside
      aria-labelledby="detail-title"
      className="fixed inset-y-0 right-0 z-30 flex w-full max-w-2xl flex-col border-l border-slate-200 bg-white shadow-2xl"
    >
      <CloseOnEscape href={closeHref} />
      <header className="flex items-start justify-between gap-4 border-b border-slate-200 px-6 py-4">
        <div>
          <h2 id="detail-title" className="text-lg font-semibold">
            Sample #{formatCount(sample.index + 1)}
          </h2>
          <p className="mt-0.5 text-xs text-slate-500">
            {sample.split} split{sample.externalId ? ` · id ${sample.externalId}` : ""} · sample {sample.id}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <OutputStatusPill status={deriveOutputStatus(output)} />
          <Link
            href={closeHref}
            scroll={false}
            aria-label="Close details"
            className="rounded-md px-2 py-1 text-xl leading-none text-slate-500 hover:bg-slate-100 hover:text-slate-900"
          >
            ×
          </Link>
        </div>
      </header>
      <div className="flex-1 space-y-5 overflow-y-auto px-6 py-5 text-sm">
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          {detail.task === "CLASSIFICATION" ? (
            <>
              <Fact name="Expected" value={sample.expected} />
              <Fact name="Parsed label" value={output.parsedLabel ?? (output.errorKind ? MISSING : "none (invalid)")} />
            </>
          ) : null}
          <Fact name="Latency" value={`${formatLatency(output.latencyMs)}${output.cached ? " (cached)" : ""}`} />
          <Fact name="Tokens" value={tokens} />
          <Fact name="Cost" value={output.errorKind ? MISSING : formatUsd(output.cost)} />
          <Fact name="Attempts" value={String(output.attempts)} />
          {output.confidence === null ? null : <Fact name="Confidence" value={formatPercent(output.confidence)} />}
        </dl>
        {output.errorKind ? (
          <section role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-rose-900">
            <h3 className="font-semibold">{formatErrorKind(output.errorKind)}</h3>
            <p className="mt-1 break-words">{output.errorMessage ?? "No message."}</p>
          </section>
        ) : (
          <section>
            <h3 className={heading}>Raw output</h3>
            <ScrollBox as="pre" label="Raw output" className={pre}>
              {output.rawText ?? ""}
            </ScrollBox>
            {output.valid === false ? (
              <p className="mt-1.5 text-xs text-amber-800">
                Read as <code className="rounded bg-amber-50 px-1">{output.normalized || "(empty)"}</code> after
                normalisation: not exactly one label, so the answer is invalid.
              </p>
            ) : null}
          </section>
        )}
        {detail.task === "OPEN_QA" ? (
          <section>
            <h3 className={heading}>Reference answer</h3>
            <ScrollBox as="pre" label="Reference answer" className={pre}>
              {sample.expected}
            </ScrollBox>
          </section>
        ) : null}
        {detail.judgements.map((judgement) => (
          <section key={judgement.judgingId} className="rounded-lg border border-slate-200 p-4">
            <h3 className="flex items-baseline justify-between gap-3">
              <span className="font-semibold">Judge: {judgement.judgeName}</span>
              <span className="text-lg font-semibold tabular-nums">
                {judgement.score === null
                  ? `unparsed (${judgement.parseStatus ?? "error"})`
                  : `${judgement.score} / 10`}
              </span>
            </h3>
            <p className="mt-2 whitespace-pre-wrap text-slate-700">
              {judgement.rationale ?? judgement.errorMessage ?? MISSING}
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer text-xs font-medium text-slate-500">Raw judge text</summary>
              <ScrollBox as="pre" label={`Raw text of ${judgement.judgeName}`} className={pre}>
                {judgement.rawText ?? ""}
              </ScrollBox>
            </details>
          </section>
        ))}
        {detail.messages.map((message, index) => (
          <section key={index}>
            <h3 className={heading}>Prompt sent ({message.role})</h3>
            <ScrollBox as="pre" label={`Prompt sent (${message.role})`} className={pre}>
              {message.content}
            </ScrollBox>
          </section>
        ))}
        <p className="text-xs text-slate-500">Press Esc to close.</p>
      </div>
    </aside>
  );
}
