import Link from "next/link";
import type { TOutputsRun } from "@/lib/outputs/run";

/** Runs / <model> on <dataset> / <this page>, with the way back to the run and the leaderboard. */
export function RunBreadcrumb({ run, current }: { run: TOutputsRun; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
      <ol className="flex flex-wrap items-center gap-1.5">
        <li>
          <Link href="/runs" className="hover:text-indigo-700 hover:underline">
            Runs
          </Link>
        </li>
        <li aria-hidden>/</li>
        <li>
          <Link href={`/runs/${run.id}`} className="hover:text-indigo-700 hover:underline">
            {run.endpointName} on {run.datasetName}
          </Link>
        </li>
        <li aria-hidden>/</li>
        <li aria-current="page" className="text-slate-700">
          {current}
        </li>
      </ol>
    </nav>
  );
}
