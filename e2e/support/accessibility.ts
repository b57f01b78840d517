// One accessibility check for every page the journeys show: axe-core with the WCAG 2 A and AA rules.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG2_TAGS = ["wcag2a", "wcag2aa"];
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

type TAxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;
type TViolation = TAxeResults["violations"][number];

/** "color-contrast: Elements must meet minimum color contrast ratio thresholds @ th.text-slate-400 (2.56:1)". */
function describeViolation(violation: TViolation): string {
  const nodes = violation.nodes.slice(0, 8).map((node) => {
    const ratio = (node.any[0]?.data as { contrastRatio?: number } | undefined)?.contrastRatio;
    return `${node.target.join(" ")}${ratio === undefined ? "" : ` (${ratio}:1)`}`;
  });
  const more = violation.nodes.length > nodes.length ? ` and ${violation.nodes.length - nodes.length} more` : "";
  return `${violation.id}: ${violation.help} @ ${nodes.join(", ")}${more}`;
}

/**
 * Runs axe on the page as it is now shown and fails the test on any serious or critical WCAG 2 A/AA violation.
 * Call it once the page's content is visible (after the assertion that waits for it), so axe sees the real page and
 * not a loading state. The assertion is soft: a journey goes on and reports every page's violations at the end.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG2_TAGS).analyze();
  const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""));
  expect.soft(blocking.map(describeViolation), `accessibility of ${new URL(page.url()).pathname}`).toEqual([]);
}
