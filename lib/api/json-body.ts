import { ApiError } from "./errors";
import { exceedsJsonDepth, MAX_JSON_DEPTH } from "./json-depth";
import { findNulFields, type TFieldProblem } from "./text";

/**
 * The largest JSON body a route reads unless it says otherwise: the biggest request of this API (a run with a
 * 20,000-character prompt template) is a few tens of kilobytes. Kept well under Next's 10 MB proxy buffer, which
 * cuts a longer body short: a cut body is then over this limit too and gets its 413, never a parse error.
 */
export const DEFAULT_MAX_JSON_BYTES = 1024 * 1024;

/** `application/json`, or a `+json` type such as `application/merge-patch+json`; parameters (charset) ignored. */
export function isJsonContentType(value: string | null): boolean {
  const type = (value ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * The request's JSON body, checked in the order that costs least: the content type (415; a form post or a
 * text/plain "simple request" from another site is refused before anything is read), the declared and the actual
 * size (413), emptiness and nesting depth (400), the JSON itself (400), and NUL characters anywhere in it (422).
 */
export async function readJsonBody(request: Request, maxBytes = DEFAULT_MAX_JSON_BYTES): Promise<unknown> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON, with Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readTextUpTo(request, maxBytes);
  if (text.trim() === "") throw new ApiError(400, "invalid_json", "The request body is empty: send a JSON object.");
  if (exceedsJsonDepth(text)) {
    throw new ApiError(400, "json_too_deep", `The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON.");
  }
  const nul = findNulFields(value);
  if (nul.length > 0) throw invalidFields(nul);
  return value;
}

/** 422 in the shape a zod failure gets (lib/api/errors.ts), so forms show it next to the field. */
export function invalidFields(problems: TFieldProblem[]): ApiError {
  const first = problems[0];
  const where = first?.path ? `${first.path}: ` : "";
  return new ApiError(422, "invalid_request", `Invalid request: ${where}${first?.message ?? "invalid"}`, problems);
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, "payload_too_large", `The request body is larger than ${formatMegabytes(maxBytes)}.`);
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * Reads at most `maxBytes`; past that it keeps draining without storing, so the client, still sending, receives the
 * 413 instead of a connection reset.
 */
async function readTextUpTo(request: Request, maxBytes: number): Promise<string> {
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total <= maxBytes) chunks.push(value);
  }
  if (total > maxBytes) throw tooLarge(maxBytes);
  return new TextDecoder().decode(Buffer.concat(chunks));
}
