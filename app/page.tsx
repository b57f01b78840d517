import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/page-header";
import { prisma } from "@/lib/db/prisma";
import { getWorkspaceCounts } from "@/lib/overview/queries";

export default async function OverviewPage() {
  await connection();
  const counts = await getWorkspaceCounts(prisma);
  const steps = [
    {
      href: "/datasets",
      title: "Upload a dataset",
      text: "CSV or JSONL with inputs and expected labels or reference answers.",
      count: counts.datasets,
      unit: "dataset",
    },
    {
      href: "/models",
      title: "Register models",
      text: "OpenAI or any OpenAI-compatible server: vLLM, Ollama, TGI, your fine-tune.",
      count: counts.endpoints,
      unit: "model",
    },
    {
      href: "/runs",
      title: "Run evaluations",
      text: "Zero-shot or k-shot classification, or open questions graded by an LLM judge.",
      count: counts.runs,
      unit: "run",
    },
    {
      href: "/leaderboard",
      title: "Compare with evidence",
      text: "Valid answers, accuracy and judge scores with intervals and paired tests.",
      count: counts.judgings,
      unit: "judging",
    },
  ];

  return (
    <>
      <PageHeader
        title="Can a small model replace a big one for your task?"
        description="Evalboard runs your data through every model you register, scores the answers the same way for all of them, and shows the evidence behind every number."
      />
      <ol className="grid gap-4 sm:grid-cols-2">
        {steps.map((step, position) => (
          <li key={step.href}>
            <Link
              href={step.href}
              className="group flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 transition hover:border-indigo-300 hover:shadow-sm"
            >
              <span className="text-xs font-semibold uppercase tracking-wide text-indigo-600">Step {position + 1}</span>
              <span className="mt-1 text-base font-semibold group-hover:text-indigo-700">{step.title}</span>
              <span className="mt-1 flex-1 text-sm text-slate-600">{step.text}</span>
              <span className="mt-4 text-sm text-slate-500">
                {step.count} {step.unit}
                {step.count === 1 ? "" : "s"}
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </>
  );
}
