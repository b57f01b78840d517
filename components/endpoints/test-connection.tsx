"use client";

import { useState } from "react";
import { callApi } from "@/components/ui/call-api";
import type { TCapabilities } from "@/lib/answer-modes/capabilities";
import { AnswerModeSupport } from "./answer-mode-support";
import { secondaryButton } from "./styles";

type TConnected = {
  ok: true;
  latencyMs: number;
  reply: string;
  capabilities: TCapabilities | null;
  warnings: string[];
};
type TTestResult = TConnected | { ok: false; latencyMs: number; error: { message: string } };
type TOutcome = TConnected | { ok: false; message: string; latencyMs?: number };

/** Sends one tiny request through the saved configuration and shows latency and reply, or the precise error. */
export function TestConnection({ endpointId }: { endpointId: string }) {
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<TOutcome | null>(null);

  async function run() {
    setTesting(true);
    setOutcome(null);
    const result = await callApi<TTestResult>(`/api/endpoints/${endpointId}/test`, "POST");
    setTesting(false);
    if (!result.ok) return setOutcome({ ok: false, message: result.error.message });
    const data = result.data;
    setOutcome(data.ok ? data : { ok: false, message: data.error.message, latencyMs: data.latencyMs });
  }

  return (
    <div>
      <button type="button" className={secondaryButton} onClick={run} disabled={testing}>
        {testing ? "Testing…" : "Test connection"}
      </button>
      <div aria-live="polite" className="mt-3 empty:hidden">
        {outcome?.ok ? (
          <div className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
            <p className="font-medium">Connected in {outcome.latencyMs} ms</p>
            <p className="mt-1 text-emerald-800">
              Reply:{" "}
              {outcome.reply ? (
                <span className="font-mono">“{outcome.reply}”</span>
              ) : (
                <em>empty (the server answered, with no text)</em>
              )}
            </p>
            {outcome.capabilities ? (
              <AnswerModeSupport capabilities={outcome.capabilities} warnings={outcome.warnings} />
            ) : null}
          </div>
        ) : null}
        {outcome && !outcome.ok ? (
          <div className="rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-900">
            <p className="font-medium">
              Connection failed{outcome.latencyMs === undefined ? "" : ` after ${outcome.latencyMs} ms`}
            </p>
            <p className="mt-1 break-words text-rose-800">{outcome.message}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
