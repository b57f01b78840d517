// Answer modes (issue 16), deterministically: `response_format: json_schema` with a label enum, vLLM's
// `guided_choice` / `structured_outputs: { choice }`, and `logprobs` / `top_logprobs`. Any handler's content reply
// goes through `applyAnswerMode`; the `ignore-schema+`, `reject-schema+` and `no-logprobs+` model prefixes play
// endpoints that answer in prose anyway, refuse the fields with a 400, or never send log-probabilities; `unsure+`
// gives the first token of the model's label a probability of only 0.3 (its rivals share the rest). A guided choice
// of one label is a scoring call: the forced label's tokens get the model's own probabilities (see
// buildForcedLogprobs).
import { hashText, hashToUnit } from "./hash";
import { badRequest } from "./replies";
import type { TChatRequest, TContentReply, THandler } from "./types";

type TRequested = { labels: string[] | null; json: boolean; choice: boolean; logprobs: boolean; top: number };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const asStrings = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === "string") ? (value as string[]) : null;

/** What the request asks of the answer: a label enum (JSON schema), a guided choice, log-probabilities. */
export function readRequestedFormat(req: TChatRequest): TRequested {
  const format = req.response_format;
  const schema = isRecord(format) && isRecord(format.json_schema) ? format.json_schema.schema : undefined;
  const label = isRecord(schema) && isRecord(schema.properties) ? schema.properties.label : undefined;
  const enumLabels = isRecord(label) ? asStrings(label.enum) : null;
  const structured = isRecord(req.structured_outputs) ? asStrings(req.structured_outputs.choice) : null;
  const choices = asStrings(req.guided_choice) ?? structured;
  const top = typeof req.top_logprobs === "number" ? Math.max(0, Math.min(20, Math.floor(req.top_logprobs))) : 0;
  return {
    labels: enumLabels ?? choices,
    json: isRecord(format) && format.type === "json_schema",
    choice: choices !== null,
    logprobs: req.logprobs === true,
    top,
  };
}

/** Constrained decoding lands on a label: the reply's own when it is one (any case), else one picked by hash. */
export function constrainToLabel(content: string, labels: readonly string[]): string {
  const wanted = content.trim().toLowerCase();
  const same = labels.find((label) => label.toLowerCase() === wanted);
  if (same !== undefined || labels.length === 0) return same ?? content;
  return labels[hashText(wanted, 0x1abe1) % labels.length] as string;
}

/** The test tokeniser: JSON punctuation alone, words in pieces of up to 4 characters with their leading space. */
export function tokenizeForTest(text: string): string[] {
  return text.match(/[{}":,]|\s?[\p{L}\p{N}]{1,4}|\s|./gsu) ?? [];
}

type TTop = { token: string; logprob: number };

/**
 * Log-probabilities of a reply: each token of the chosen label gets a probability in [0.6, 0.95) from a hash, and
 * the other labels that share the label's prefix so far are the alternatives, sharing the rest of the mass
 * (halving); tokens outside the label (JSON braces) are near-certain.
 */
export function buildTestLogprobs(
  content: string,
  label: string | null,
  labels: readonly string[],
  top: number,
  options: { firstProbability?: number } = {},
) {
  const tokens = tokenizeForTest(content);
  const labelStart = label === null ? -1 : content.indexOf(label);
  let offset = 0;
  return tokens.map((token, position) => {
    const at = offset;
    offset += token.length;
    const inLabel = label !== null && labelStart >= 0 && at >= labelStart && at < labelStart + label.length;
    if (!inLabel) return toEntry(token, Math.log(0.999), [], top);
    const relative = at - labelStart;
    const probability =
      relative === 0 && options.firstProbability !== undefined
        ? options.firstProbability
        : 0.6 + 0.35 * hashToUnit(`${content}#${position}`, 0x10b);
    const alternatives: string[] = [];
    for (const other of labels) {
      if (other === label || !other.startsWith(label.slice(0, relative))) continue;
      const piece = tokenAt(other, relative);
      if (piece !== null && piece !== token && !alternatives.includes(piece)) alternatives.push(piece);
    }
    let rest = 1 - probability;
    const tops = alternatives.map((piece, index) => {
      const share = index === alternatives.length - 1 ? rest : rest / 2;
      rest -= share;
      return { token: piece, logprob: Math.log(share) };
    });
    return toEntry(token, Math.log(probability), tops, top);
  });
}

/** The probability of a forced label's diverging token: low, and different per label (so labels can be ranked). */
export const forcedProbability = (label: string) => 0.01 + 0.09 * hashToUnit(label, 0xf0c);

/**
 * A scoring call's log-probabilities (a guided choice of one label): the raw probabilities the model gives the
 * forced label's tokens, as vLLM reports them under guided decoding. While the label spells the model's own answer
 * its tokens are likely (0.6–0.95, as in buildTestLogprobs); the first token that leaves it gets `forcedProbability`
 * of the label; once a label is under way its later tokens are near-certain (0.9).
 */
export function buildForcedLogprobs(label: string, own: string) {
  const wanted = own.trim().toLowerCase();
  let offset = 0;
  let diverged = false;
  return tokenizeForTest(label).map((token, position) => {
    offset += token.length;
    let probability: number;
    if (diverged) probability = 0.9;
    else if (wanted.startsWith(label.slice(0, offset).toLowerCase())) {
      probability = 0.6 + 0.35 * hashToUnit(`${label}#${position}`, 0x10b);
    } else {
      diverged = true;
      probability = forcedProbability(label);
    }
    return toEntry(token, Math.log(probability), [], 0);
  });
}

function tokenAt(text: string, offset: number): string | null {
  let at = 0;
  for (const token of tokenizeForTest(text)) {
    if (at === offset) return token;
    at += token.length;
  }
  return null;
}

function toEntry(token: string, logprob: number, alternatives: TTop[], top: number) {
  const ranked = [{ token, logprob }, ...alternatives].sort((a, b) => b.logprob - a.logprob).slice(0, top);
  return { token, logprob, bytes: null, top_logprobs: ranked.map((alt) => ({ ...alt, bytes: null })) };
}

/** The reply as the request's answer mode shapes it: a JSON object, a bare choice, log-probabilities. */
export function applyAnswerMode(req: TChatRequest, reply: TContentReply): TContentReply {
  if (reply.answerMode === "ignore") return reply;
  const asked = readRequestedFormat(req);
  const labels = asked.labels ?? reply.alternatives ?? [];
  const constrained = asked.json || asked.choice;
  const label = constrained
    ? constrainToLabel(reply.content, labels)
    : labels.includes(reply.content)
      ? reply.content
      : null;
  const content = asked.json ? JSON.stringify({ label }) : constrained ? (label ?? reply.content) : reply.content;
  const scoringCall = asked.choice && !asked.json && asked.labels?.length === 1 && label !== null;
  const firstProbability = reply.answerMode === "unsure" ? 0.3 : undefined;
  const logprobs =
    asked.logprobs && reply.answerMode !== "no-logprobs"
      ? memoised(
          JSON.stringify([
            scoringCall,
            content,
            label,
            scoringCall ? reply.content : "",
            labels,
            asked.top,
            firstProbability,
          ]),
          () => ({
            content: scoringCall
              ? buildForcedLogprobs(label, reply.content)
              : buildTestLogprobs(content, label, labels, asked.top, { firstProbability }),
          }),
        )
      : null;
  return { ...reply, content, logprobs };
}

// Log-probabilities are a pure function of the reply and the request's format, and the benches send thousands of
// requests that get the same reply: built once, the fake endpoint does not take the CPU the workers are measured on
// (the runs bench shares two cores between them). Bounded; the values are only ever serialised, never changed.
const MEMO_LIMIT = 10_000;
const memo = new Map<string, { content: unknown[] }>();

function memoised(key: string, build: () => { content: unknown[] }) {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, (value = build()));
  }
  return value;
}

const MODE_FIELDS = ["response_format", "guided_choice", "structured_outputs", "logprobs"] as const;

/**
 * `ignore-schema+<model>`, `reject-schema+<model>`, `no-logprobs+<model>`: endpoints that do not honour the modes;
 * `unsure+<model>`: one whose first label token is only 0.3 likely.
 */
export function wrapAnswerModeSupport(kind: string, inner: THandler): THandler {
  return async (req, ctx) => {
    if (kind === "reject-schema") {
      const field = MODE_FIELDS.find((name) => req[name] !== undefined && req[name] !== null && req[name] !== false);
      if (field) return badRequest(`Unsupported parameter: '${field}' is not supported with this model.`, null);
    }
    const reply = await inner(req, ctx);
    if (!("content" in reply) || typeof reply.content !== "string") return reply;
    if (kind === "reject-schema") return reply;
    return {
      ...reply,
      answerMode: kind === "ignore-schema" ? "ignore" : kind === "unsure" ? "unsure" : "no-logprobs",
    };
  };
}
