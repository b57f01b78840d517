import Link from "next/link";
import { formatCount, formatPercent } from "@/components/ui/format";
import { card, textLink } from "@/components/ui/styles";
import { TableHead } from "@/components/ui/table-head";
import { outputsHref } from "@/lib/outputs/filters";
import type { TInvalidGroup } from "@/lib/outputs/group-invalid";

const quoted = (text: string) => (text === "" ? "(an empty answer)" : text);

/** "The model said `cardiology` 41 times": one row per normalised answer, its spellings and the way to the rows. */
export function InvalidGroupsTable({ runId, groups }: { runId: string; groups: TInvalidGroup[] }) {
  return (
    <div className={`${card} overflow-x-auto`}>
      <table className="w-full text-left text-sm">
        <TableHead
          columns={[
            { key: "said", label: "The model said" },
            { key: "times", label: "Times", align: "right" },
            { key: "share", label: "Share of invalid", className: "w-48" },
            { key: "answers", label: <span className="sr-only">Answers</span>, align: "right" },
          ]}
        />
        <tbody className="divide-y divide-slate-100">
          {groups.map((group) => {
            const href = outputsHref(runId, { view: "invalid", group: group.normalized });
            return (
              <tr key={group.normalized} className="align-top hover:bg-slate-50/60">
                <th scope="row" className="max-w-xl px-4 py-3 pl-5 font-normal">
                  <code className="break-words rounded bg-amber-50 px-1.5 py-0.5 font-mono text-[13px] text-amber-900 ring-1 ring-inset ring-amber-600/20">
                    {quoted(group.normalized)}
                  </code>
                  {group.variants.length > 1 || group.variants[0]?.text !== group.normalized ? (
                    <p className="mt-1.5 text-xs text-slate-500">
                      As written:{" "}
                      {group.variants.map((variant, index) => (
                        <span key={variant.text}>
                          {index > 0 ? ", " : ""}
                          <span className="font-mono text-slate-700">{JSON.stringify(variant.text)}</span> ×
                          {formatCount(variant.count)}
                        </span>
                      ))}
                    </p>
                  ) : null}
                </th>
                <td className="px-4 py-3 text-right text-base font-semibold tabular-nums text-slate-900">
                  {formatCount(group.count)}
                </td>
                <td className="px-4 py-3">
                  <div className="flex items-center gap-2">
                    <div className="h-2 flex-1 rounded-full bg-slate-100" aria-hidden>
                      <div className="h-2 rounded-full bg-amber-500/80" style={{ width: `${group.share * 100}%` }} />
                    </div>
                    <span className="w-14 text-right text-xs tabular-nums text-slate-600">
                      {formatPercent(group.share)}
                    </span>
                  </div>
                </td>
                <td className="whitespace-nowrap px-4 py-3 pr-5 text-right">
                  <Link href={href} className={`font-medium ${textLink}`}>
                    See {group.count === 1 ? "the answer" : `the ${formatCount(group.count)} answers`} →
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
