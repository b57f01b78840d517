// Behaviour chosen by model name, so one server (or one CLI process) can play several "models" at once.
import { wrapAnswerModeSupport } from "./answer-modes";
import { echoFirstLine, withFailures, withLatency } from "./behaviours";
import { readLastUserText } from "./chat-text";
import { hashToUnit } from "./hash";
import { garbledJudge, judgeByAnswer } from "./judge";
import { decideOracleAnswer } from "./oracle";
import { PAIRWISE_RULES, pairwiseJudge, type TPairwiseRule } from "./pairwise-judge";
import { badRequest, formatJudgeAnswer, modelNotFound, rateLimited, serverError } from "./replies";
import { buildDefaultErrorBody } from "./respond";
import { createTextMatcher, normaliseText } from "./text-matcher";
import type { THandler, TReply } from "./types";

export type TModelRouterOptions = {
  /** Enables `oracle-<pct>`: the dataset's input texts and their true labels (labels default to the distinct values). */
  oracle?: { table: ReadonlyMap<string, string>; labels?: readonly string[] };
};

export type TModelRouter = THandler & { models: readonly string[] };

/** Share of attempts a `flaky-429` / `flaky-500` model fails. */
export const FLAKY_RATE = 0.2;

/**
 * Model names: `echo`, `constant:<text>`, `judge-<n>`, `judge-hash`, `judge-answer`, `judge-garbled`, `slow-<ms>`, `fail-<status>` (e.g. fail-401,
 * fail-500), `flaky-429`, `flaky-500`, `hang`, `malformed`, `destroy`, `oracle-<pct>` (needs `options.oracle`).
 * `ignore-schema+<model>`, `reject-schema+<model>`, `no-logprobs+<model>` (answer-modes.ts), `slow-<ms>+<model>` and `flaky-<429|500>+<model>` wrap another model, e.g. `flaky-429+oracle-80`.
 * Anything else gets OpenAI's 404 `model_not_found`.
 */
export function createModelRouter(options: TModelRouterOptions = {}): TModelRouter {
  const oracle = options.oracle ? prepareOracle(options.oracle) : undefined;
  const resolved = new Map<string, THandler | undefined>();

  function resolve(model: string): THandler | undefined {
    if (resolved.has(model)) return resolved.get(model);
    const handler = buildHandler(model, resolve, oracle);
    resolved.set(model, handler);
    return handler;
  }

  const router: THandler = (req, ctx) => {
    const handler = resolve(req.model);
    return handler ? handler(req, ctx) : modelNotFound(req.model);
  };
  router.keyOf = (req) => {
    const text = readLastUserText(req);
    return oracle?.matcher.find(text) ?? text;
  };
  const models = [
    "echo",
    "judge-hash",
    "judge-8",
    "judge-answer",
    "judge-garbled",
    ...PAIRWISE_RULES.map((rule) => `pairwise-${rule}`),
    "slow-100",
    "fail-401",
    "fail-500",
    "flaky-429",
    "hang",
  ];
  if (oracle) models.push("oracle-100", "oracle-90", "oracle-80", "oracle-50");
  return Object.assign(router, { models });
}

type TPreparedOracle = {
  matcher: ReturnType<typeof createTextMatcher>;
  labelOf: Map<string, string>;
  labels: readonly string[];
};

function prepareOracle(source: NonNullable<TModelRouterOptions["oracle"]>): TPreparedOracle {
  const labelOf = new Map<string, string>();
  for (const [input, label] of source.table) labelOf.set(normaliseText(input), label);
  const labels = source.labels ?? [...new Set(labelOf.values())].sort();
  return { matcher: createTextMatcher(labelOf.keys()), labelOf, labels };
}

function buildHandler(
  model: string,
  resolve: (name: string) => THandler | undefined,
  oracle?: TPreparedOracle,
): THandler | undefined {
  if (model.startsWith("constant:")) {
    const content = model.slice("constant:".length);
    return () => ({ content });
  }
  const unsupported = /^(ignore-schema|reject-schema|no-logprobs|unsure)\+(.+)$/.exec(model);
  if (unsupported) {
    const inner = resolve(unsupported[2] ?? "");
    return inner && wrapAnswerModeSupport(unsupported[1] ?? "", inner);
  }
  const wrapped = /^(slow-(\d+)|flaky-(429|500))\+(.+)$/.exec(model);
  if (wrapped) {
    const inner = resolve(wrapped[4] ?? "");
    if (!inner) return undefined;
    return wrapped[2] !== undefined ? withLatency(inner, Number(wrapped[2])) : makeFlaky(inner, wrapped[3]);
  }
  if (model === "echo") return echoFirstLine();
  if (model === "judge-answer") return judgeByAnswer();
  if (model === "judge-garbled") return garbledJudge();
  if (PAIRWISE_RULES.some((rule) => model === `pairwise-${rule}`)) {
    return pairwiseJudge(model.slice("pairwise-".length) as TPairwiseRule);
  }
  if (model === "judge-hash") return (req) => ({ content: formatJudgeAnswer(rateByHash(readLastUserText(req))) });
  if (model === "hang") return () => ({ hang: true });
  if (model === "malformed") return () => ({ malformed: true });
  if (model === "destroy") return () => ({ destroy: true });
  const match = /^(judge|slow|fail|flaky|oracle)-(\d+(?:\.\d+)?)$/.exec(model);
  if (!match) return undefined;
  const [, kind, value] = match;
  const n = Number(value);
  if (kind === "judge") return () => ({ content: formatJudgeAnswer(n) });
  if (kind === "slow") return withLatency(echoFirstLine(), n);
  if (kind === "fail") return () => buildFailure(n);
  if (kind === "flaky") return makeFlaky(echoFirstLine(), value);
  if (kind === "oracle" && oracle && n <= 100) return makeOracle(oracle, n);
  return undefined;
}

function makeFlaky(inner: THandler, status: string | undefined): THandler | undefined {
  if (status === "429") return withFailures(inner, { rate429: FLAKY_RATE, retryAfterSeconds: 1 });
  if (status === "500") return withFailures(inner, { rate500: FLAKY_RATE });
  return undefined;
}

function buildFailure(status: number): TReply {
  if (status === 429) return rateLimited(1);
  if (status === 500) return serverError();
  return { status, body: buildDefaultErrorBody(status) };
}

/** A judge rating 1..10 that depends only on the text under judgement. */
export function rateByHash(text: string): number {
  return 1 + Math.floor(hashToUnit(text, 0x7a11) * 10);
}

function makeOracle(oracle: TPreparedOracle, pct: number): THandler {
  return (req) => {
    const input = oracle.matcher.find(readLastUserText(req));
    const label = input === undefined ? undefined : oracle.labelOf.get(input);
    if (input === undefined || label === undefined) {
      return badRequest("oracle: no dataset input text in the last user message.", "oracle_no_match");
    }
    return { content: decideOracleAnswer(input, label, oracle.labels, pct), alternatives: oracle.labels };
  };
}
