import Link from "next/link";
import { input, label as labelClass, secondaryButton, select } from "@/components/ui/styles";
import { INVALID_PREDICTED, outputsHref, type TOutputLink } from "@/lib/outputs/filters";

type TProps = {
  runId: string;
  link: TOutputLink;
  labels: string[];
  judgings: { id: string; judgeName: string }[];
  /** The run asked for log-probabilities: its answers can be filtered and ordered by confidence. */
  confidence: boolean;
};

const field = "mt-1.5";

/**
 * A plain GET form: every filter lives in the URL, so a view can be shared, reloaded or opened from another page;
 * applying it starts again at the first page (the cursor is not a field). The view and an invalid-answer group are
 * kept as hidden fields.
 */
export function OutputFilters({ runId, link, labels, judgings, confidence }: TProps) {
  const filtered = Object.entries(link).some(
    ([key, value]) =>
      value !== undefined && !(key === "view" && value === "all") && !(key === "sort" && value === "file"),
  );
  return (
    <form
      method="get"
      action={`/runs/${runId}/outputs`}
      role="search"
      aria-label="Filter outputs"
      className="flex flex-wrap items-end gap-3"
    >
      {link.view && link.view !== "all" ? <input type="hidden" name="view" value={link.view} /> : null}
      {link.group !== undefined ? <input type="hidden" name="group" value={link.group} /> : null}
      <div className="min-w-56 flex-1">
        <label htmlFor="outputs-q" className={labelClass}>
          Search
        </label>
        <input
          id="outputs-q"
          name="q"
          type="search"
          defaultValue={link.q ?? ""}
          placeholder="Words in the answer or the input"
          className={`${input} ${field}`}
        />
      </div>
      {labels.length > 0 ? (
        <>
          <div className="w-44">
            <label htmlFor="outputs-expected" className={labelClass}>
              Expected
            </label>
            <select
              id="outputs-expected"
              name="expected"
              defaultValue={link.expected ?? ""}
              className={`${select} ${field}`}
            >
              <option value="">Any label</option>
              {labels.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="w-44">
            <label htmlFor="outputs-predicted" className={labelClass}>
              Answered
            </label>
            <select
              id="outputs-predicted"
              name="predicted"
              defaultValue={link.predicted ?? ""}
              className={`${select} ${field}`}
            >
              <option value="">Anything</option>
              {labels.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
              <option value={INVALID_PREDICTED}>An invalid answer</option>
            </select>
          </div>
        </>
      ) : null}
      {judgings.length > 0 ? (
        <fieldset className="flex items-end gap-2">
          <legend className={labelClass}>Judge score</legend>
          {judgings.length > 1 ? (
            <select
              aria-label="Judging"
              name="judgingId"
              defaultValue={link.judgingId ?? ""}
              className={`${select} ${field} w-40`}
            >
              <option value="">Newest judging</option>
              {judgings.map((judging) => (
                <option key={judging.id} value={judging.id}>
                  {judging.judgeName}
                </option>
              ))}
            </select>
          ) : null}
          <input
            aria-label="Lowest score"
            name="scoreMin"
            type="number"
            min={1}
            max={10}
            placeholder="1"
            defaultValue={link.scoreMin ?? ""}
            className={`${input} ${field} w-20`}
          />
          <span className="pb-2 text-slate-500">–</span>
          <input
            aria-label="Highest score"
            name="scoreMax"
            type="number"
            min={1}
            max={10}
            placeholder="10"
            defaultValue={link.scoreMax ?? ""}
            className={`${input} ${field} w-20`}
          />
        </fieldset>
      ) : null}
      {confidence ? (
        <>
          <fieldset className="flex items-end gap-2">
            <legend className={labelClass}>Confidence (0–1)</legend>
            <input
              aria-label="Lowest confidence"
              name="confidenceMin"
              type="number"
              min={0}
              max={1}
              step={0.01}
              placeholder="0"
              defaultValue={link.confidenceMin ?? ""}
              className={`${input} ${field} w-24`}
            />
            <span className="pb-2 text-slate-500">–</span>
            <input
              aria-label="Highest confidence"
              name="confidenceMax"
              type="number"
              min={0}
              max={1}
              step={0.01}
              placeholder="1"
              defaultValue={link.confidenceMax ?? ""}
              className={`${input} ${field} w-24`}
            />
          </fieldset>
          <div className="w-52">
            <label htmlFor="outputs-sort" className={labelClass}>
              Order
            </label>
            <select id="outputs-sort" name="sort" defaultValue={link.sort ?? "file"} className={`${select} ${field}`}>
              <option value="file">File order</option>
              <option value="confidence-desc">Most confident first</option>
              <option value="confidence-asc">Least confident first</option>
            </select>
          </div>
        </>
      ) : null}
      <button type="submit" className={secondaryButton}>
        Apply
      </button>
      {filtered ? (
        <Link href={outputsHref(runId)} className="px-1 py-2 text-sm font-medium text-slate-600 hover:text-indigo-700">
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
