import { invalidGroupsHref, outputsHref, type TOutputLink } from "@/lib/outputs/filters";

/**
 * Drill-down URLs for the charts, through the outputs pages' own link builders (one URL contract): every chart
 * element that stands for samples links to exactly those samples.
 */
export function buildRunHref(runId: string): string {
  return `/runs/${runId}`;
}

export function buildOutputsHref(runId: string, link: TOutputLink): string {
  return outputsHref(runId, link);
}

/** Invalid answers grouped by their text. */
export function buildInvalidHref(runId: string): string {
  return invalidGroupsHref(runId);
}
