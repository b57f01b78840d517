export type TShutdownStep = { name: string; run: () => Promise<unknown> };

/**
 * Ordered graceful shutdown on SIGTERM/SIGINT: stop taking jobs and let in-flight ones finish, then close the
 * connections they used. A second signal, or a step that takes longer than the grace period, forces exit 1.
 */
export function registerShutdown(options: {
  steps: TShutdownStep[];
  log: (message: string) => void;
  graceMs?: number;
}) {
  let shuttingDown = false;
  const graceMs = options.graceMs ?? 60_000;

  async function shutdown(signal: string) {
    if (shuttingDown) {
      options.log(`${signal} again: exiting now`);
      process.exit(1);
    }
    shuttingDown = true;
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
