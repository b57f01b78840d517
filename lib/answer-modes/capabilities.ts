import { z } from "zod";
import { ANSWER_MODE_NAMES, type TAnswerMode } from "./modes";

/** What one probe found: the mode works, the endpoint refused it (a 4xx), answered as if it were not asked, or the
 * probe could not tell (a timeout, a 5xx). */
export const ZModeSupport = z.enum(["supported", "rejected", "ignored", "unknown"]);
export type TModeSupport = z.infer<typeof ZModeSupport>;

/** Stored on the endpoint (ModelEndpoint.capabilities) by "Test connection". */
export const ZCapabilities = z.object({
  probedAt: z.string(),
  JSON_SCHEMA: ZModeSupport,
  GUIDED_CHOICE: ZModeSupport,
  LOGPROBS: ZModeSupport,
});
export type TCapabilities = z.infer<typeof ZCapabilities>;

/** Stored capabilities, or null when never probed (or stored by an older shape). */
export function readCapabilities(value: unknown): TCapabilities | null {
  const parsed = ZCapabilities.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Whether a run may use the mode on an endpoint: free text always; the others unless a probe found them wanting. */
export function isModeOffered(capabilities: TCapabilities | null, mode: TAnswerMode): boolean {
  if (mode === "FREE_TEXT" || capabilities === null) return true;
  return capabilities[mode] === "supported" || capabilities[mode] === "unknown";
}

/** One sentence per mode the endpoint does not support, for Test connection and the new-run form. */
export function describeCapabilityProblems(capabilities: TCapabilities): string[] {
  const problems: string[] = [];
  for (const mode of ["JSON_SCHEMA", "GUIDED_CHOICE", "LOGPROBS"] as const) {
    const support = capabilities[mode];
    if (support === "rejected") problems.push(`This endpoint refused ${ANSWER_MODE_NAMES[mode]}.`);
    if (support === "ignored") {
      problems.push(
        mode === "JSON_SCHEMA"
          ? "This endpoint ignored the JSON schema: it answered in prose."
          : mode === "GUIDED_CHOICE"
            ? "This endpoint ignored the guided choice: its answer was not one of the choices."
            : "This endpoint sent no log-probabilities when asked for them.",
      );
    }
  }
  return problems;
}
