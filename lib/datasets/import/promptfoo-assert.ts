/**
 * promptfoo's assertion types that name an expected value. A test's expected answer is read from an `equals` or
 * `icontains` assertion (a plain `__expected` value means `equals`); the others (rubrics, code, similarity) cannot
 * become a reference answer.
 */
const EXPECTED_TYPES = new Set(["equals", "icontains"]);

/** Types promptfoo recognises in a CSV `__expected` cell (`type:value`); anything else is a plain expected value. */
const KNOWN_TYPES =
  /^(not-)?(equals|icontains|contains|contains-any|contains-all|icontains-any|icontains-all|starts-with|regex|is-json|contains-json|is-sql|javascript|python|similar|llm-rubric|model-graded-closedqa|model-graded-factuality|factuality|answer-relevance|levenshtein|rouge-n|bleu|webhook|perplexity|cost|latency|grader|classifier|moderation|is-valid-openai-tools-call)(\(.*\))?:/;

export type TExpectedValue = { ok: true; value: string } | { ok: false; type: string };

/** `equals:Paris` → Paris; `icontains:paris` → paris; `Paris` → Paris; `llm-rubric:...` → not usable. */
export function readExpectedCell(cell: string): TExpectedValue {
  const match = KNOWN_TYPES.exec(cell);
  if (!match) return { ok: true, value: cell };
  const type = match[0].slice(0, -1);
  return EXPECTED_TYPES.has(type) ? { ok: true, value: cell.slice(match[0].length) } : { ok: false, type };
}

/** The first `equals`/`icontains` assertion of a YAML test's `assert` list, or null. */
export function readExpectedAssert(asserts: unknown): string | null {
  if (!Array.isArray(asserts)) return null;
  for (const assert of asserts) {
    if (typeof assert !== "object" || assert === null) continue;
    const { type, value } = assert as { type?: unknown; value?: unknown };
    if (
      typeof type === "string" &&
      EXPECTED_TYPES.has(type) &&
      ["string", "number", "boolean"].includes(typeof value)
    ) {
      return String(value);
    }
  }
  return null;
}

export function isExpectedType(type: string): boolean {
  return EXPECTED_TYPES.has(type);
}
