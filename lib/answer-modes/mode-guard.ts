import { setMaxListeners } from "node:events";

// When an endpoint refuses a run's answer mode, the run fails at once (one permanent error naming the mode). The
// calls of that run already waiting for a slot in this process would each get the same 400: aborting them here
// keeps it to the few that were in flight, instead of one refused request per sample.
const guards = new Map<string, AbortController>();
// Runs whose guard is kept per process; the oldest is dropped past this (a dropped guard only costs those calls).
const MAX_GUARDS = 1_000;

/** The abort controller shared by one run generation's calls in this process (a resume gets a fresh one). */
export function findModeGuard(runId: string, generation: number): AbortController {
  const key = `${runId}:${generation}`;
  let guard = guards.get(key);
  if (!guard) {
    guards.set(key, (guard = new AbortController()));
    // Every call of the run in flight or waiting for a slot listens to this one signal: hundreds, by design.
    setMaxListeners(0, guard.signal);
    if (guards.size > MAX_GUARDS) guards.delete(guards.keys().next().value!);
  }
  return guard;
}
