/** A second signal this soon after the first is the same request to stop, delivered twice, not an "exit now". */
export const REPEAT_IGNORED_MS = 2_000;

export const isRepeatOfFirstSignal = (firstAt: number, now: number) => now - firstAt < REPEAT_IGNORED_MS;

export type TShutdownStep = { name: string; run: () => Promise<unknown> };

/**
 * Ordered graceful shutdown on SIGTERM/SIGINT: stop taking jobs and let in-flight ones finish, then close the
 * connections they used. A step that takes longer than the grace period, or another signal more than
 * REPEAT_IGNORED_MS after the first, forces exit 1. A repeat within that time is ignored: one Ctrl-C or group-wide
 * SIGTERM can arrive twice (directly, and again from a supervisor passing it on) and must not abandon running chunks.
 */
export function registerShutdown(options: {
  steps: TShutdownStep[];
  log: (message: string) => void;
  graceMs?: number;
}) {
  let firstSignalAt: number | null = null;
  const graceMs = options.graceMs ?? 60_000;

  async function shutdown(signal: string) {
    if (firstSignalAt !== null) {
      if (isRepeatOfFirstSignal(firstSignalAt, Date.now())) {
        options.log(`${signal} again right away: already shutting down`);
        return;
      }
      options.log(`${signal} again: exiting now`);
      process.exit(1);
    }
    firstSignalAt = Date.now();
    options.log(`${signal} received: shutting down`);
    const force = setTimeout(() => {
      options.log(`shutdown took longer than ${graceMs} ms: exiting`);
      process.exit(1);
    }, graceMs);
    force.unref();
    let failed = false;
    for (const step of options.steps) {
      try {
        await step.run();
        options.log(`closed ${step.name}`);
      } catch (error) {
        failed = true;
        options.log(`closing ${step.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    process.exit(failed ? 1 : 0);
  }

  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}
