/** Exit codes: 0 success (or a gate that passes), 1 a gate that fails or a run that did not complete, 2 usage/API. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure the CLI explains in one line and exits 2 on: a bad argument, a missing setting, an API error. */
export class CliError extends Error {
  override name = "CliError";
}
