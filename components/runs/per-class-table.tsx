import { card } from "@/components/endpoints/styles";
import type { TPerClass } from "@/lib/metrics";
import { preparePerClassRows, type TFormattedInterval } from "./metric-cards";

const th = "px-4 py-3 font-medium";

function IntervalCell({ value }: { value: TFormattedInterval }) {
  return (
    <td className="px-4 py-3 text-right tabular-nums">
      <span className="text-slate-900">{value.value}</span>
      {value.range ? <span className="block text-xs text-slate-500">{value.range}</span> : null}
    </td>
  );
}

export function PerClassTable({ perClass }: { perClass: readonly TPerClass[] }) {
  const rows = preparePerClassRows(perClass);
  return (
    <section aria-labelledby="per-class-title" className={`${card} overflow-x-auto`}>
      <h2 id="per-class-title" className="px-5 pt-5 text-base font-semibold">
        Per class
      </h2>
      <p className="px-5 pt-1 text-xs text-slate-500">
        An invalid answer counts as a miss for its expected class (recall) and against no class&apos;s precision.
      </p>
      <table className="mt-3 w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className={`${th} pl-5`}>
              Class
            </th>
            <th scope="col" className={`${th} text-right`}>
              Support
            </th>
            <th scope="col" className={`${th} text-right`}>
              Precision
            </th>
            <th scope="col" className={`${th} text-right`}>
              Recall
            </th>
            <th scope="col" className={`${th} pr-5 text-right`}>
              F1
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.label} className="align-top">
              <th scope="row" className="px-4 py-3 pl-5 font-medium text-slate-900">
                {row.label}
              </th>
              <td className="px-4 py-3 text-right tabular-nums text-slate-700">{row.support}</td>
              <IntervalCell value={row.precision} />
              <IntervalCell value={row.recall} />
              <td className="px-4 py-3 pr-5 text-right font-medium tabular-nums text-slate-900">{row.f1}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
