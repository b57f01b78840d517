"use client";

import { useRouter } from "next/navigation";
import { input, label } from "@/components/endpoints/styles";
import type { TLeaderboardDatasetOption } from "@/lib/leaderboard/view";

/** Switches the board to another dataset that has runs; the choice lives in the URL so it can be shared. */
export function DatasetPicker({ datasets, selectedId }: { datasets: TLeaderboardDatasetOption[]; selectedId: string }) {
  const router = useRouter();
  return (
    <div className="max-w-md">
      <label htmlFor="leaderboard-dataset" className={label}>
        Dataset
      </label>
      <select
        id="leaderboard-dataset"
        className={`${input} mt-1`}
        value={selectedId}
        onChange={(event) => router.push(`/leaderboard?datasetId=${encodeURIComponent(event.target.value)}`)}
      >
        {datasets.map((dataset) => (
          <option key={dataset.id} value={dataset.id}>
            {dataset.name} · {dataset.runs} {dataset.runs === 1 ? "run" : "runs"}
            {dataset.task === "OPEN_QA" ? " · open QA" : ""}
          </option>
        ))}
      </select>
    </div>
  );
}
