import { useId } from "react";
import { fieldError, hint, label } from "@/components/ui/styles";
import type { TAnswerMode } from "@/lib/answer-modes/modes";
import type { TModeOption } from "./answer-mode-options";

type TProps = {
  options: TModeOption[];
  answerMode: TAnswerMode;
  withLogprobs: boolean;
  error?: string | undefined;
  onModeChange: (mode: TAnswerMode) => void;
  onLogprobsChange: (value: boolean) => void;
};

/** How answers are asked for; modes a checked model does not support are shown disabled with the reason. */
export function AnswerModeFields({ options, answerMode, withLogprobs, error, onModeChange, onLogprobsChange }: TProps) {
  const id = useId();
  return (
    <>
      <fieldset>
        <legend className={label}>Answer mode</legend>
        <div className="mt-1.5 grid gap-2 sm:grid-cols-2">
          {options.map((option) => (
            <label
              key={option.mode}
              className="flex cursor-pointer gap-3 rounded-lg border border-slate-300 px-3 py-2.5 text-sm has-checked:border-indigo-500 has-checked:bg-indigo-50 has-disabled:cursor-not-allowed has-disabled:bg-slate-50"
            >
              <input
                type="radio"
                name={`${id}-mode`}
                value={option.mode}
                checked={answerMode === option.mode}
                disabled={option.disabledReason !== null}
                onChange={() => onModeChange(option.mode)}
                className="mt-0.5"
              />
              <span>
                <span className="font-medium text-slate-900">{option.name}</span>
                <span className="mt-0.5 block text-xs text-slate-600">{option.description}</span>
                {option.disabledReason ? (
                  <span className="mt-1 block text-xs text-amber-800">{option.disabledReason}</span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
        {error ? <p className={fieldError}>{error}</p> : null}
      </fieldset>
      <label className="flex items-start gap-3 text-sm">
        <input
          type="checkbox"
          checked={withLogprobs || answerMode === "LOGPROBS"}
          disabled={answerMode === "LOGPROBS"}
          onChange={(event) => onLogprobsChange(event.target.checked)}
          className="mt-0.5"
        />
        <span>
          <span className="font-medium text-slate-900">Ask for log-probabilities</span>
          <span className={`${hint} block`}>
            Each answer then stores its confidence, and the run page shows how well calibrated it is.
          </span>
        </span>
      </label>
    </>
  );
}
