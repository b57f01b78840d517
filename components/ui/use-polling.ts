"use client";

import { useEffect, useRef, useState } from "react";
import { callApi } from "./call-api";

/**
 * Calls `tick` every `intervalMs` (counted from the end of the previous tick) while `active`, and stops as soon as it
 * is not: a finished run costs nothing. `tick` gets a signal that aborts when the loop stops. The latest `tick` is
 * called, so a new closure on each render does not restart the loop.
 */
export function usePollingLoop(
  active: boolean,
  intervalMs: number,
  tick: (signal: AbortSignal) => Promise<void> | void,
): void {
  const latest = useRef(tick);
  useEffect(() => {
    latest.current = tick;
  });
  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout>;
    const run = async () => {
      await latest.current(controller.signal);
      if (!controller.signal.aborted) timer = setTimeout(run, intervalMs);
    };
    timer = setTimeout(run, intervalMs);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [active, intervalMs]);
}

/**
 * Keeps `initial` (rendered on the server) fresh by polling `url` while `isActive(value)` holds, and stops as soon as
 * it does not. `read` turns the JSON body into the value. `stale` is true while the last poll failed.
 */
export function usePolling<T>(
  url: string,
  initial: T,
  options: { isActive: (value: T) => boolean; read: (json: unknown) => T; intervalMs: number },
) {
  const [value, setValue] = useState(initial);
  const [stale, setStale] = useState(false);
  const { isActive, read, intervalMs } = options;
  usePollingLoop(isActive(value), intervalMs, async (signal) => {
    const result = await callApi<unknown>(url, "GET", undefined, { signal });
    if (signal.aborted) return;
    if (result.ok) setValue(read(result.data));
    setStale(!result.ok);
  });
  return { value, setValue, stale };
}
