import { z } from "zod";
import { blankToUndefined } from "@/lib/api/query-fields";
import { firstValues, type TSearchParams } from "@/lib/api/search-params";
import { ZNoNulText } from "@/lib/api/text";

/**
 * The drill-down's URL contract (other screens link to it): `/runs/<id>/outputs?view=&expected=&predicted=&scoreMin=
 * &scoreMax=&judgingId=&confidenceMin=&confidenceMax=&q=&group=&sort=&cursor=&sample=`. Pure and free of server imports, so links can be built anywhere.
 */
/** `wrong` = not correct (invalid answers included, as accuracy counts them); `mislabeled` = a valid label, not the expected one. */
export const OUTPUT_VIEWS = ["all", "invalid", "wrong", "mislabeled", "errors", "correct"] as const;
export type TOutputView = (typeof OUTPUT_VIEWS)[number];

/**
 * Row order: file order (the default), or by the answer's confidence, most or least confident first ("confidently
 * wrong" is view=wrong, sort=confidence-desc). Outputs without a confidence come last either way.
 */
export const OUTPUT_SORTS = ["file", "confidence-desc", "confidence-asc"] as const;
export type TOutputSort = (typeof OUTPUT_SORTS)[number];

/** `predicted=__invalid__`: answers that name no label (the confusion matrix's "invalid" column). */
export const INVALID_PREDICTED = "__invalid__";

export const DEFAULT_OUTPUT_PAGE = 50;
export const MAX_OUTPUT_PAGE = 200;

// A NUL is refused here too, not only by apiRoute: the outputs page reads these filters without it.
const optionalText = (max: number) => z.preprocess(blankToUndefined, ZNoNulText.trim().max(max).optional());
const optionalScore = z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10).optional());
/** Confidence bounds (lib/answer-modes): a probability; outputs without a confidence never match a bound. */
const optionalConfidence = z.preprocess(blankToUndefined, z.coerce.number().min(0).max(1).optional());

/** The cursor is the last sample id of the previous page, wrapped so clients treat it as opaque. */
// btoa/atob rather than Buffer: links are built in the browser too.
export function encodeCursor(sampleId: number): string {
  return btoa(`s${sampleId}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return null;
  }
  const match = /^s(\d{1,12})$/.exec(text);
  return match ? Number(match[1]) : null;
}

export const ZOutputFilters = z
  .object({
    view: z.preprocess(blankToUndefined, z.enum(OUTPUT_VIEWS).default("all")),
    expected: optionalText(10_000),
    predicted: optionalText(10_000),
    scoreMin: optionalScore,
    scoreMax: optionalScore,
    judgingId: z.preprocess(blankToUndefined, z.uuid().optional()),
    confidenceMin: optionalConfidence,
    confidenceMax: optionalConfidence,
    sort: z.preprocess(blankToUndefined, z.enum(OUTPUT_SORTS).default("file")),
    /** Case-insensitive substring of the answer or the input. */
    q: optionalText(500),
    /** An invalid-answer group: the normalised answer text (see lib/classification/parse-answer). May be "". */
    group: ZNoNulText.max(10_000).optional(),
    cursor: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(64)
        .optional()
        .transform((value, context) => {
          if (value === undefined) return undefined;
          const sampleId = decodeCursor(value);
          if (sampleId === null) context.addIssue({ code: "custom", message: "is not a cursor from this API" });
          return sampleId ?? undefined;
        }),
    ),
    /** Opens the detail panel on this sample (pages only). */
    // Sample ids are Postgres integers: a larger one would fail in the query rather than here.
    // Sample ids are Postgres integers: a larger one would fail in the query rather than here.
    sample: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(2_147_483_647).optional()),
    limit: z.preprocess(
      blankToUndefined,
      z.coerce.number().int().min(1).max(MAX_OUTPUT_PAGE).default(DEFAULT_OUTPUT_PAGE),
    ),
  })
  .refine((f) => f.scoreMin === undefined || f.scoreMax === undefined || f.scoreMin <= f.scoreMax, {
    message: "scoreMin must not exceed scoreMax",
    path: ["scoreMin"],
  })
  .refine((f) => f.confidenceMin === undefined || f.confidenceMax === undefined || f.confidenceMin <= f.confidenceMax, {
    message: "confidenceMin must not exceed confidenceMax",
    path: ["confidenceMin"],
  });

export type TOutputFilters = z.infer<typeof ZOutputFilters>;

export function parseOutputFilters(params: TSearchParams): TOutputFilters {
  return ZOutputFilters.parse(firstValues(params));
}

/** What a link may set: the filters, with the cursor already opaque. */
export type TOutputLink = {
  view?: TOutputView;
  expected?: string;
  predicted?: string;
  scoreMin?: number;
  scoreMax?: number;
  judgingId?: string;
  confidenceMin?: number;
  confidenceMax?: number;
  q?: string;
  group?: string;
  sort?: TOutputSort;
  cursor?: number;
  sample?: number;
};

const LINK_KEYS = [
  "view",
  "expected",
  "predicted",
  "scoreMin",
  "scoreMax",
  "judgingId",
  "confidenceMin",
  "confidenceMax",
  "q",
  "group",
  "sort",
] as const;

/** The query string for a filter state, defaults left out so links stay short; stable key order. */
export function buildOutputsSearch(link: TOutputLink): string {
  const params = new URLSearchParams();
  for (const key of LINK_KEYS) {
    const value = link[key];
    if (value === undefined || (key === "view" && value === "all") || (key === "sort" && value === "file")) continue;
    params.set(key, String(value));
  }
  if (link.cursor !== undefined) params.set("cursor", encodeCursor(link.cursor));
  if (link.sample !== undefined) params.set("sample", String(link.sample));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function outputsHref(runId: string, link: TOutputLink = {}): string {
  return `/runs/${runId}/outputs${buildOutputsSearch(link)}`;
}

export function invalidGroupsHref(runId: string): string {
  return `/runs/${runId}/invalid`;
}

/** The filter part of a parsed state (no cursor, no detail panel): what an export or a "first page" link keeps. */
export function toFilterLink(filters: TOutputFilters): TOutputLink {
  const { view, expected, predicted, scoreMin, scoreMax, judgingId, q, group, confidenceMin, confidenceMax, sort } =
    filters;
  return { view, expected, predicted, scoreMin, scoreMax, judgingId, confidenceMin, confidenceMax, q, group, sort };
}
