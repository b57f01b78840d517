import Link from "next/link";
import { TableHead } from "@/components/ui/table-head";
import { card } from "@/components/endpoints/styles";
import { outputsHref } from "@/lib/outputs/filters";
import type { TPerClass } from "@/lib/metrics";
import type { TFormattedInterval } from "@/components/ui/format";
import { preparePerClassRows } from "./metric-cards";

const drill = "hover:text-indigo-700 hover:underline";

function IntervalCell({ value, href }: { value: TFormattedInterval; href?: string }) {
  return (
    <td className="px-4 py-3 text-right tabular-nums">
      {href ? (
        <Link href={href} className={`text-slate-900 ${drill}`}>
          {value.value}
        </Link>
      ) : (
        <span className="text-slate-900">{value.value}</span>
      )}
      {value.range ? <span className="block text-xs text-slate-500">{value.range}</span> : null}
    </td>
  );
}

/** With a run id, numbers link to their answers: support and recall to the class's samples, precision to its predictions. */
export function PerClassTable({ perClass, runId }: { perClass: readonly TPerClass[]; runId?: string }) {
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
        <TableHead
          columns={[
            { key: "class", label: "Class" },
            { key: "support", label: "Support", align: "right" },
            { key: "precision", label: "Precision", align: "right" },
            { key: "recall", label: "Recall", align: "right" },
            { key: "f1", label: "F1", align: "right" },
          ]}
        />
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.label} className="align-top">
              <th scope="row" className="px-4 py-3 pl-5 font-medium text-slate-900">
                {row.label}
              </th>
              <td className="px-4 py-3 text-right tabular-nums text-slate-700">
                {runId ? (
                  <Link href={outputsHref(runId, { expected: row.label })} className={drill}>
                    {row.support}
                  </Link>
                ) : (
                  row.support
                )}
              </td>
              <IntervalCell value={row.precision} href={runId && outputsHref(runId, { predicted: row.label })} />
              <IntervalCell
                value={row.recall}
                href={runId && outputsHref(runId, { view: "wrong", expected: row.label })}
              />
              <td className="px-4 py-3 pr-5 text-right font-medium tabular-nums text-slate-900">{row.f1}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
