import Link from "next/link";
import { primaryButton } from "@/components/ui/styles";

/** Shown while no judging exists: a lexical overlap is all there is, and it must not pass for a judge's note. */
export function QaJudgeNotice({ datasetId, queued }: { datasetId: string; queued: number }) {
  if (queued > 0) {
    return (
      <section aria-label="LLM judge" className="rounded-xl border border-indigo-200 bg-indigo-50 px-5 py-4">
        <h2 className="text-sm font-semibold text-indigo-900">
          LLM-judge notes are on their way: {queued} {queued === 1 ? "judging is" : "judgings are"} queued
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-indigo-900">
          A judging starts once the run it grades has finished. Until then, only the lexical reference overlap below is
          available, and it is not a judge&apos;s note.
        </p>
      </section>
    );
  }
  return (
    <section
      aria-label="LLM judge"
      className="flex flex-wrap items-center justify-between gap-4 rounded-xl border border-amber-200 bg-amber-50 px-5 py-4"
    >
      <div className="max-w-3xl text-sm text-amber-900">
        <h2 className="font-semibold">No LLM-judge notes yet: they need a judge endpoint</h2>
        <p className="mt-1">
          Open-QA answers are graded 1–10 by an LLM judge (a GPT-4-class model, or any OpenAI-compatible endpoint you
          register). None has graded this dataset, so there is no judge note below: the token F1 table measures word
          overlap with the reference answers, which is not a judge&apos;s note.
        </p>
      </div>
      <Link href={`/judgings/new?datasetId=${encodeURIComponent(datasetId)}`} className={primaryButton}>
        Grade with an LLM judge
      </Link>
    </section>
  );
}
