import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { primaryButton } from "@/components/endpoints/styles";
import { DatasetPicker } from "@/components/leaderboard/dataset-picker";
import { LeaderboardCharts } from "@/components/leaderboard/charts/leaderboard-charts";
import { LeaderboardNote } from "@/components/leaderboard/leaderboard-note";
import { LeaderboardTable } from "@/components/leaderboard/leaderboard-table";
import { QaLeaderboard } from "@/components/leaderboard/qa-leaderboard";
import { LiveRefresh } from "@/components/leaderboard/live-refresh";
import { parseSort } from "@/components/leaderboard/table-state";
import { VersionBoards } from "@/components/review/version-boards";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { firstValues } from "@/lib/api/search-params";
import { prisma } from "@/lib/db/prisma";
import { hasActiveFineTunes } from "@/lib/finetune/live";
import { getLeaderboardCharts } from "@/lib/leaderboard/charts";
import { hasActiveRuns } from "@/lib/leaderboard/live";
import { getQaBoard } from "@/lib/leaderboard/qa-board";
import { findLeaderboardDatasets, getLeaderboard, ZLeaderboardQuery } from "@/lib/leaderboard/view";
import { findRecord, requireRecord } from "@/lib/pages/records";
import { HeadToHeadSection } from "@/components/pairwise/head-to-head-section";
import { getHeadToHead } from "@/lib/pairwise/head-to-head";
import { getVersionBoards } from "@/lib/versions/board";

export const metadata: Metadata = { title: "Leaderboard" };

type TParam = string | string[] | undefined;
type TProps = {
  searchParams: Promise<{ datasetId?: TParam; sort?: TParam; dir?: TParam; tag?: TParam; mode?: TParam }>;
};

const all = (value: TParam) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function StartRunLink({ datasetId }: { datasetId?: string }) {
  return (
    <Link href={datasetId ? `/runs/new?datasetId=${datasetId}` : "/runs/new"} className={primaryButton}>
      Start a run
    </Link>
  );
}

export default async function LeaderboardPage({ searchParams }: TProps) {
  await connection();
  const [datasets, params] = await Promise.all([findLeaderboardDatasets(prisma), searchParams]);
  const header = (
    <PageHeader
      title="Leaderboard"
      description="Models ranked per dataset, with 95% intervals and paired tests so you know which differences are real."
    />
  );
  const query = firstValues(params);
  const requested = ZLeaderboardQuery.safeParse({ datasetId: query.datasetId });
  const datasetId = requested.success ? requested.data.datasetId : datasets[0]?.id;
  if (!datasetId) {
    return (
      <>
        {header}
        <EmptyState title="Nothing to compare yet" action={<StartRunLink />}>
          Finished runs appear here, one row per model, with valid answers %, accuracy, macro-F1, cost and latency.
          Start runs of two or more models on the same dataset to see which differences are real.
        </EmptyState>
      </>
    );
  }
  const board = requireRecord(await findRecord(datasetId, (id) => getLeaderboard(prisma, id)));
  const qa = board.dataset.task === "OPEN_QA" ? await getQaBoard(prisma, datasetId) : null;
  const headToHead = qa ? await getHeadToHead(prisma, datasetId) : null;
  const [charts, activeRuns, activeFineTunes] = await Promise.all([
    board.dataset.task === "CLASSIFICATION" && board.rows.length > 0 ? getLeaderboardCharts(prisma, board.rows) : null,
    hasActiveRuns(prisma, datasetId),
    hasActiveFineTunes(prisma, datasetId),
  ]);
  const versionBoards =
    board.dataset.task === "CLASSIFICATION" && board.rows.length > 0 ? await getVersionBoards(prisma, datasetId) : [];
  // A fine-tune's run joins the board when the fine-tune succeeds, and a new version's figures when the workers have
  // re-scored the runs on it: keep refreshing until then too.
  const rescoring = versionBoards.some((version) => version.pending.length > 0);
  const live = activeRuns || activeFineTunes || rescoring;
  const options = datasets.some((dataset) => dataset.id === datasetId)
    ? datasets
    : [{ id: board.dataset.id, name: board.dataset.name, task: board.dataset.task, runs: 0 }, ...datasets];

  return (
    <>
      {header}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <DatasetPicker datasets={options} selectedId={datasetId} />
        <LiveRefresh
          active={live}
          message={
            activeRuns || activeFineTunes ? undefined : "Re-scoring past runs on a new dataset version: updating live"
          }
        />
      </div>
      <div className="mt-6">
        {qa ? (
          <QaLeaderboard
            key={datasetId}
            datasetId={datasetId}
            datasetName={board.dataset.name}
            board={qa}
            initialTags={all(params.tag)}
          />
        ) : board.rows.length === 0 ? (
          <EmptyState title="No finished runs on this dataset" action={<StartRunLink datasetId={datasetId} />}>
            Run one or more models on {board.dataset.name}; completed runs are ranked here, running ones shown as
            partial.
          </EmptyState>
        ) : (
          <>
            <LeaderboardTable
              key={datasetId}
              datasetId={datasetId}
              rows={board.rows}
              initialSort={parseSort(query.sort, query.dir)}
              initialTags={all(params.tag)}
              initialModes={all(params.mode)}
            />
            <LeaderboardNote />
            {charts ? <LeaderboardCharts charts={charts} /> : null}
            <VersionBoards boards={versionBoards} />
          </>
        )}
        {headToHead ? <HeadToHeadSection headToHead={headToHead} /> : null}
      </div>
    </>
  );
}
