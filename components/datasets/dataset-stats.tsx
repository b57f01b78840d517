import type { TDatasetDetail } from "@/lib/datasets/queries";
import { formatTask } from "./format";
import { card } from "./styles";
import { formatCount } from "@/components/ui/format";

/** The headline counts: rows per split, labels, task. */
export function DatasetStats({ dataset }: { dataset: TDatasetDetail }) {
  const stats: [string, string][] = [
    ["Rows", formatCount(dataset.rowCount)],
    ["Train", formatCount(dataset.trainCount)],
    ["Test", formatCount(dataset.testCount)],
    dataset.task === "CLASSIFICATION"
      ? ["Labels", formatCount(dataset.labelCount)]
      : ["Task", formatTask(dataset.task)],
  ];
  return (
    <dl aria-label="Dataset counts" className="grid grid-cols-2 gap-4 md:grid-cols-4">
      {stats.map(([term, value]) => (
        <div key={term} className={`${card} px-5 py-4`}>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{term}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
