import type { TCapabilities, TModeSupport } from "@/lib/answer-modes/capabilities";
import { ANSWER_MODE_NAMES } from "@/lib/answer-modes/modes";

const SUPPORT_TEXT: Record<TModeSupport, string> = {
  supported: "supported",
  rejected: "refused",
  ignored: "ignored",
  unknown: "could not tell",
};

/** What Test connection found about the answer modes, with a warning per mode the endpoint does not honour. */
export function AnswerModeSupport({ capabilities, warnings }: { capabilities: TCapabilities; warnings: string[] }) {
  const modes = ["JSON_SCHEMA", "GUIDED_CHOICE", "LOGPROBS"] as const;
  return (
    <div className="mt-2 border-t border-emerald-200 pt-2">
      <p className="text-emerald-900">
        Answer modes:{" "}
        {modes.map((mode, index) => (
          <span key={mode}>
            {index > 0 ? " · " : ""}
            {ANSWER_MODE_NAMES[mode]} <span className="font-medium">{SUPPORT_TEXT[capabilities[mode]]}</span>
          </span>
        ))}
      </p>
      {warnings.length > 0 ? (
        <ul
          role="status"
          className="mt-2 space-y-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900"
        >
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
