import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { RunStatusPill } from "@/components/runs/run-status-pill";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { card, primaryButton, textLink } from "@/components/ui/styles";
import { TableHead } from "@/components/ui/table-head";
import { prisma } from "@/lib/db/prisma";
import { listPairwiseJudgings } from "@/lib/pairwise/list";

export const metadata: Metadata = { title: "Head to head" };

const columns = [
  { key: "dataset", label: "Dataset" },
  { key: "contestants", label: "Contestants", align: "right" as const },
  { key: "judges", label: "Judges", align: "right" as const },
  { key: "calls", label: "Judge calls", align: "right" as const },
  { key: "status", label: "Status" },
  { key: "created", label: "Created" },
];

export default async function PairwiseListPage() {
  await connection();
  const judgings = await listPairwiseJudgings(prisma);
  return (
    <>
      <PageHeader
        title="Head to head"
        description="Pairwise judgings: answers compared two by two, in both orders, by one judge or a jury."
        actions={
          <Link href="/pairwise/new" className={primaryButton}>
            New head-to-head
          </Link>
        }
      />
      {judgings.length === 0 ? (
        <EmptyState title="No head-to-head yet">Compare two complete open-QA runs to start.</EmptyState>
      ) : (
        <div className={`${card} overflow-hidden`}>
          <table className="w-full text-sm">
            <TableHead columns={columns} />
            <tbody className="divide-y divide-slate-100">
              {judgings.map((judging) => (
                <tr key={judging.id}>
                  <td className="py-3 pr-4 pl-5">
                    <Link href={`/pairwise/${judging.id}`} className={textLink}>
                      {judging.dataset.name}
                    </Link>
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">
                    {judging.runIds.length + (judging.includeReference ? 1 : 0)}
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{judging.judgeEndpointIds.length}</td>
                  <td className="px-4 py-3 text-right tabular-nums">
                    {formatCount(judging.done)} / {formatCount(judging.total)}
                  </td>
                  <td className="px-4 py-3">
                    <RunStatusPill status={judging.status} />
                  </td>
                  <td className="py-3 pr-5 pl-4 text-slate-600">{formatDateTime(judging.createdAt.toISOString())}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
