"use client";

import { useEffect, useState } from "react";
import { callApi } from "./call-api";

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
      const result = await callApi<unknown>(url, "GET", undefined, { signal: controller.signal });
      if (controller.signal.aborted) return;
      if (result.ok) setValue(read(result.data));
      setStale(!result.ok);
      timer = setTimeout(tick, intervalMs);
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
