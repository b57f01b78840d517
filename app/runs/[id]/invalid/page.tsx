import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { InvalidGroupsTable } from "@/components/outputs/invalid-groups-table";
import { RunBreadcrumb } from "@/components/outputs/run-breadcrumb";
import { formatCount, formatPercent } from "@/components/ui/format";
import { EmptyState } from "@/components/ui/empty-state";
import { secondaryButton } from "@/components/ui/styles";
import { prisma } from "@/lib/db/prisma";
import { outputsHref } from "@/lib/outputs/filters";
import { getInvalidGroups } from "@/lib/outputs/invalid-groups";
import { countOutputViews } from "@/lib/outputs/query";
import { loadOutputsRun } from "@/lib/outputs/run";
import { findRecord, requireRecord } from "@/lib/pages/records";

type TProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Invalid answers" };

export default async function InvalidAnswersPage({ params }: TProps) {
  await connection();
  const run = requireRecord(await findRecord((await params).id, (id) => loadOutputsRun(prisma, id)));
  const [{ groups, totalInvalid }, counts] = await Promise.all([
    getInvalidGroups(prisma, run.id),
    countOutputViews(prisma, run.id),
  ]);
  const answered = counts.all - counts.errors;
  const top = groups[0];
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <RunBreadcrumb run={run} current="Invalid answers" />
          <h1 className="mt-1 text-2xl font-semibold tracking-tight">Invalid answers</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Answers that are not exactly one label, grouped after normalisation (case, spaces, quotes, markdown,
            trailing punctuation and a leading “Answer:” are ignored).{" "}
            {totalInvalid > 0
              ? `${formatCount(totalInvalid)} of ${formatCount(answered)} answers (${formatPercent(totalInvalid / answered)}) are invalid, in ${formatCount(groups.length)} ${groups.length === 1 ? "group" : "groups"}.`
              : null}
          </p>
        </div>
        <Link href={outputsHref(run.id, { view: "invalid" })} className={secondaryButton}>
          All invalid answers, one by one
        </Link>
      </header>
      {top ? (
        <>
          <p className="text-lg text-slate-800">
            The model said{" "}
            <code className="rounded bg-amber-50 px-1.5 font-mono text-amber-900">{top.normalized || "nothing"}</code>{" "}
            <strong className="tabular-nums">{formatCount(top.count)}</strong> {top.count === 1 ? "time" : "times"}.
          </p>
          <InvalidGroupsTable runId={run.id} groups={groups} />
        </>
      ) : (
        <EmptyState
          title={run.task === "CLASSIFICATION" ? "No invalid answers" : "Open-QA answers are never invalid"}
          action={
            <Link
              href={outputsHref(run.id, run.task === "CLASSIFICATION" ? { view: "wrong" } : {})}
              className={secondaryButton}
            >
              {run.task === "CLASSIFICATION" ? "Look at the wrong answers" : "Browse the answers"}
            </Link>
          }
        >
          {run.task === "CLASSIFICATION"
            ? answered > 0
              ? "Every answer named exactly one label, so the model follows the format. Where it fails is in the wrong answers."
              : "This run has no answers yet; invalid answers are grouped here as soon as they arrive."
            : "Only classification answers are checked against a label set; open-QA answers are graded by a judge."}
        </EmptyState>
      )}
    </div>
  );
}
