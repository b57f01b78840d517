import type { TApiProblem } from "./upload-client";

/** An API error with its location spelled out: the file, the line or row, and the column, when known. */
export function ProblemBox({ title, problem }: { title: string; problem: TApiProblem }) {
  const details = problem.details ?? {};
  const where: [string, string][] = [];
  if (typeof details.file === "string") where.push(["File", details.file]);
  if (typeof details.row === "number") where.push(["Row", String(details.row)]);
  if (typeof details.line === "number") where.push(["Line", String(details.line)]);
  if (typeof details.column === "string") where.push(["Column", details.column]);
  return (
    <div role="alert" className="rounded-xl border border-rose-200 bg-rose-50 p-5 text-sm text-rose-900">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 break-words">{problem.message}</p>
      {where.length > 0 ? (
        <dl className="mt-3 flex flex-wrap gap-2">
          {where.map(([term, value]) => (
            <div key={term} className="rounded-md bg-white/70 px-2 py-1 ring-1 ring-rose-200 ring-inset">
              <dt className="inline text-rose-700">{term}: </dt>
              <dd className="inline font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
