import Link from "next/link";
import { formatCount, formatPercent, formatPValue } from "@/components/ui/format";
import { card, textLink } from "@/components/ui/styles";
import { TableHead } from "@/components/ui/table-head";
import type { TClassificationComparison } from "@/lib/compare/view";
import { buildCompareHref, computeSharedAccuracy, describeVerdict } from "./compare-format";

const cell = "px-4 py-3 text-right tabular-nums";

/** The 2×2 table of right/wrong on the shared samples, the verdict and the test behind it. */
export function AgreementTable({ comparison }: { comparison: TClassificationComparison }) {
  const { a, b, agreement } = comparison;
  const accuracy = computeSharedAccuracy(agreement);
  const sideLink = (side: "onlyA" | "onlyB", count: number) =>
    count === 0 ? (
      formatCount(count)
    ) : (
      <Link href={buildCompareHref({ a: a.id, b: b.id, side })} className={textLink}>
        {formatCount(count)}
      </Link>
    );
  return (
    <section aria-labelledby="agreement-title" className={`${card} p-6`}>
      <h2 id="agreement-title" className="text-base font-semibold">
        Paired test
      </h2>
      <p className="mt-1 text-sm text-slate-800" data-testid="verdict">
        {describeVerdict(agreement, { a: a.endpoint.name, b: b.endpoint.name })}
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,28rem)_1fr]">
        <table className="w-full text-left text-sm" aria-label="Right and wrong on shared samples">
          <TableHead
            variant="plain"
            edges={false}
            columns={[
              { key: "a", label: <span className="sr-only">Run A</span>, className: "px-4" },
              { key: "bRight", label: "B right", align: "right", className: "px-4" },
              { key: "bWrong", label: "B wrong", align: "right", className: "px-4" },
            ]}
          />
          <tbody className="divide-y divide-slate-100 border-y border-slate-100">
            <tr>
              <th scope="row" className="px-4 py-3 text-left text-xs font-medium text-slate-600">
                A right
              </th>
              <td className={cell}>{formatCount(agreement.bothRight)}</td>
              <td className={`${cell} bg-indigo-50/60 font-semibold`} data-testid="only-a">
                {sideLink("onlyA", agreement.onlyA)}
              </td>
            </tr>
            <tr>
              <th scope="row" className="px-4 py-3 text-left text-xs font-medium text-slate-600">
                A wrong
              </th>
              <td className={`${cell} bg-indigo-50/60 font-semibold`} data-testid="only-b">
                {sideLink("onlyB", agreement.onlyB)}
              </td>
              <td className={cell}>{formatCount(agreement.bothWrong)}</td>
            </tr>
          </tbody>
        </table>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-4 lg:grid-cols-2">
          <div>
            <dt className="text-xs text-slate-500">Shared samples</dt>
            <dd className="font-medium tabular-nums">{formatCount(agreement.shared)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Exact McNemar p</dt>
            <dd className="font-medium tabular-nums" data-testid="p-value">
              {formatPValue(agreement.pValue, { bare: true })}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Accuracy A (shared)</dt>
            <dd className="font-medium tabular-nums">{formatPercent(accuracy.a)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Accuracy B (shared)</dt>
            <dd className="font-medium tabular-nums">{formatPercent(accuracy.b)}</dd>
          </div>
        </dl>
      </div>
      <p className="mt-4 text-xs leading-relaxed text-slate-500">
        Only the highlighted cells, samples exactly one run got right, carry evidence: the two-sided exact McNemar test
        asks whether they split more unevenly than a coin would. Invalid answers count as wrong; samples where either
        call failed are left out.
      </p>
    </section>
  );
}
