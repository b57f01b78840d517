import type { TDatasetDetail } from "@/lib/datasets/queries";
import { formatBytes, formatDateTime, formatPercent } from "@/components/ui/format";
import { formatSha } from "./format";
import { card, cardTitle } from "./styles";

type TFact = [string, React.ReactNode];

/** Where the dataset came from, and how its columns were read. */
export function DatasetFacts({ dataset }: { dataset: TDatasetDetail }) {
  const mapping = dataset.columnMapping;
  const source: TFact[] = [
    ["File", dataset.sourceFileName],
    ["Size", formatBytes(dataset.sourceBytes)],
    [
      "SHA-256",
      <span key="sha" className="font-mono text-xs" title={dataset.sourceSha256}>
        {formatSha(dataset.sourceSha256)}…
      </span>,
    ],
    ["Uploaded", formatDateTime(dataset.createdAt)],
  ];
  const columns: TFact[] = [
    ["Input", quote(mapping.input)],
    [dataset.task === "CLASSIFICATION" ? "Label" : "Reference answer", quote(mapping.expected)],
    ["ID", mapping.id ? quote(mapping.id) : "none"],
    ["Split", describeSplit(dataset)],
    ["Metadata", mapping.metadata?.length ? mapping.metadata.map(quote).join(", ") : "none"],
  ];
  return (
    <section aria-labelledby="dataset-facts" className={`${card} grid gap-8 p-6 md:grid-cols-2`}>
      <div>
        <h2 id="dataset-facts" className={cardTitle}>
          Source
        </h2>
        <Facts facts={source} />
      </div>
      <div>
        <h2 className={cardTitle}>Columns</h2>
        <Facts facts={columns} />
      </div>
    </section>
  );
}

function Facts({ facts }: { facts: TFact[] }) {
  return (
    <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-500">{term}</dt>
          <dd className="break-words text-slate-800">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function describeSplit(dataset: TDatasetDetail): string {
  const column = dataset.columnMapping.split;
  const share = formatPercent(dataset.testFraction ?? 0, "auto");
  const perLabel = dataset.task === "CLASSIFICATION" ? " per label" : "";
  if (column === undefined) return `drawn by Evalboard: ${share} test${perLabel}, seed ${dataset.splitSeed ?? "—"}`;
  if (dataset.splitSeed === null) return `from column ${quote(column)}`;
  return `from column ${quote(column)}; empty cells drawn (${share} test${perLabel}, seed ${dataset.splitSeed})`;
}

function quote(column: string): string {
  return `“${column}”`;
}
