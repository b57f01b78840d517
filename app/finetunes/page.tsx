import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { RunStatusPill } from "@/components/runs/run-status-pill";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { card, primaryButton, textLink } from "@/components/ui/styles";
import { prisma } from "@/lib/db/prisma";
import { findFineTunes } from "@/lib/finetune/view";

export const metadata: Metadata = { title: "Fine-tunes" };

export default async function FineTunesPage() {
  await connection();
  const fineTunes = await findFineTunes(prisma);
  return (
    <>
      <PageHeader
        title="Fine-tunes"
        description="Models fine-tuned on a dataset's TRAIN split, registered as endpoints and evaluated beside their base models."
        actions={
          <Link href="/finetunes/new" className={primaryButton}>
            New fine-tune
          </Link>
        }
      />
      {fineTunes.length === 0 ? (
        <EmptyState title="No fine-tunes yet">
          Export a dataset&apos;s TRAIN split and fine-tune a model on it.
        </EmptyState>
      ) : (
        <div className={`${card} overflow-x-auto`}>
          <table className="min-w-full text-sm">
            <thead className="border-b border-slate-200 text-left text-xs text-slate-500">
              <tr>
                <th className="px-4 py-2 font-medium">Provider</th>
                <th className="px-4 py-2 font-medium">Dataset</th>
                <th className="px-4 py-2 font-medium">Status</th>
                <th className="px-4 py-2 text-right font-medium">Training rows</th>
                <th className="px-4 py-2 font-medium">Fine-tuned model</th>
                <th className="px-4 py-2 font-medium">Created</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {fineTunes.map((fineTune) => (
                <tr key={fineTune.id}>
                  <td className="px-4 py-2">
                    <Link className={textLink} href={`/finetunes/${fineTune.id}`}>
                      {fineTune.providerName}
                    </Link>
                  </td>
                  <td className="px-4 py-2">{fineTune.datasetName}</td>
                  <td className="px-4 py-2">
                    <RunStatusPill status={fineTune.status} />
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{formatCount(fineTune.trainingRows)}</td>
                  <td className="max-w-xs truncate px-4 py-2 font-mono text-xs">{fineTune.fineTunedModel ?? "—"}</td>
                  <td className="px-4 py-2 text-slate-600">{formatDateTime(fineTune.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
