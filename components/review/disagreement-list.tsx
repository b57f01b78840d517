import Link from "next/link";
import { card, cardTitle, textLink } from "@/components/ui/styles";
import { TableHead } from "@/components/ui/table-head";
import type { TQueueAgreement } from "@/lib/review/agreement";

const COLUMNS = [
  { key: "item", label: "Item" },
  { key: "decisions", label: "What each reviewer said" },
];

/** "RELABEL:oncology" → "expected → oncology", for people. */
function describe(key: string): string {
  const [kind, value] = [key.split(":")[0], key.split(":").slice(1).join(":")];
  if (kind === "RELABEL") return `expected → ${value}`;
  if (kind === "ALIAS") return `answer means ${value}`;
  if (kind === "PREFER") return value === "TIE" ? "tie" : `${value} is better`;
  if (kind === "GRADE") return `grade ${value}`;
  if (kind === "CONFIRM") return "confirmed wrong";
  if (kind === "EXCLUDE") return "ambiguous / unusable";
  return key.toLowerCase();
}

/** The items reviewers disagree on, each a link back to the item in the queue. */
export function DisagreementList({
  queueId,
  disagreements,
  names,
}: {
  queueId: string;
  disagreements: TQueueAgreement["disagreements"];
  names: Record<string, string>;
}) {
  return (
    <section aria-labelledby="disagreements-title" className={card}>
      <div className="px-5 py-4">
        <h2 id="disagreements-title" className={cardTitle}>
          Items reviewers disagree on
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {disagreements.length === 0
            ? "None: every item reviewed twice or more got the same decision."
            : "Settle them on the item (undo, then decide again). Accepting a label queue as a version leaves them out."}
        </p>
      </div>
      {disagreements.length > 0 ? (
        <div className="overflow-x-auto border-t border-slate-100">
          <table className="min-w-full text-sm" aria-label="Disagreements">
            <TableHead columns={COLUMNS} />
            <tbody className="divide-y divide-slate-100">
              {disagreements.map((item) => (
                <tr key={item.position}>
                  <td className="whitespace-nowrap px-4 py-3 pl-5">
                    <Link href={`/review/${queueId}?position=${item.position}`} className={textLink}>
                      Item {item.position + 1}
                    </Link>
                  </td>
                  <td className="px-4 py-3 pr-5">
                    <ul className="space-y-0.5">
                      {item.decisions.map((d, i) => (
                        <li key={`${d.reviewerId}-${i}`}>
                          <span className="font-medium">{names[d.reviewerId] ?? d.reviewerId}</span>:{" "}
                          {describe(d.decision)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
