"use client";

import { useEffect, useState } from "react";

/**
 * Keeps `initial` (rendered on the server) fresh by polling `url` while `isActive(value)` holds, and stops as soon as
 * it does not: a finished run costs no requests. `read` turns the JSON body into the value. `stale` is true while the
 * last poll failed.
 */
export function usePolling<T>(
  url: string,
  initial: T,
  options: { isActive: (value: T) => boolean; read: (json: unknown) => T; intervalMs: number },
) {
  const [value, setValue] = useState(initial);
  const [stale, setStale] = useState(false);
  const { isActive, read, intervalMs } = options;
  const active = isActive(value);

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const response = await fetch(url, { cache: "no-store", signal: controller.signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        setValue(read(await response.json()));
        setStale(false);
      } catch {
        if (controller.signal.aborted) return;
        setStale(true);
      }
      if (!controller.signal.aborted) timer = setTimeout(tick, intervalMs);
    };
    timer = setTimeout(tick, intervalMs);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
    // `read` is a stable module-level function at every call site; a new closure must not restart the loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, active, intervalMs]);

  return { value, setValue, stale };
}
