import Link from "next/link";
import type { TSampleQuery } from "@/lib/datasets/samples";
import { input, label as labelClass, secondaryButton, select } from "./styles";

/**
 * A plain GET form: the filters live in the URL (?version=&changed=&q=&split=&label=), so a filtered view can be
 * shared or reloaded, and submitting starts again from the first page (the cursor is not a field).
 */
export function SampleFilters({
  basePath,
  query,
  labels,
  versions,
  version,
}: {
  basePath: string;
  query: TSampleQuery;
  /** The label filter's choices; empty hides it (open QA). */
  labels: string[];
  /** The dataset's version numbers, oldest first. */
  versions: number[];
  /** The version shown (null when the requested one does not exist). */
  version: number | null;
}) {
  const filtered =
    query.q !== undefined ||
    query.split !== undefined ||
    query.label !== undefined ||
    query.changed ||
    query.version !== undefined;
  const latest = versions.at(-1) ?? 1;
  return (
    <form
      method="get"
      action={basePath}
      role="search"
      aria-label="Filter samples"
      className="flex flex-wrap items-end gap-3"
    >
      {/* Which version first, on its own row: the other filters apply to its labels. A dataset with one version
          has nothing to pick (the header says it is as uploaded). */}
      {versions.length > 1 || version === null ? (
        <div className="flex basis-full flex-wrap items-end gap-x-4 gap-y-2">
          <div>
            <label htmlFor="sample-version" className={labelClass}>
              Version
            </label>
            <select
              id="sample-version"
              name="version"
              defaultValue={version === null ? "" : String(version)}
              className={`${select} mt-1.5`}
            >
              {version === null ? <option value="">Pick a version</option> : null}
              {[...versions].reverse().map((number) => (
                <option key={number} value={number}>
                  {`v${number}`}
                  {number === 1 ? " (as uploaded)" : ""}
                  {number === latest && number !== 1 ? " (latest)" : ""}
                </option>
              ))}
            </select>
          </div>
          {versions.length > 1 ? (
            <label className="flex items-center gap-2 py-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="changed"
                value="1"
                defaultChecked={query.changed}
                className="size-4 rounded border-slate-300"
              />
              Changed in this version only
            </label>
          ) : null}
        </div>
      ) : null}
      <div className="min-w-64 flex-1">
        <label htmlFor="sample-q" className={labelClass}>
          Search inputs
        </label>
        <input
          id="sample-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder="Words in the input text (any case)"
          className={`${input} mt-1.5`}
        />
      </div>
      <div>
        <label htmlFor="sample-split" className={labelClass}>
          Split
        </label>
        <select id="sample-split" name="split" defaultValue={query.split ?? ""} className={`${select} mt-1.5`}>
          <option value="">Train and test</option>
          <option value="TRAIN">Train</option>
          <option value="TEST">Test</option>
        </select>
      </div>
      {labels.length > 0 ? (
        <div className="max-w-64">
          <label htmlFor="sample-label" className={labelClass}>
            Label
          </label>
          <select id="sample-label" name="label" defaultValue={query.label ?? ""} className={`${select} mt-1.5`}>
            <option value="">All labels</option>
            {labels.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className={secondaryButton}>
        Apply
      </button>
      {filtered ? (
        <Link
          href={`${basePath}#samples`}
          className="px-1 py-2 text-sm font-medium text-slate-600 hover:text-indigo-700"
        >
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
