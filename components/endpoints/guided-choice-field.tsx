import { useId } from "react";
import { fieldError, hint, input, label } from "@/components/ui/styles";

const OPTIONS = [
  { value: "guided_choice", text: "guided_choice (older vLLM releases)" },
  { value: "structured_outputs", text: "structured_outputs: { choice } (newer vLLM releases)" },
] as const;

/** Which request field carries the label set of a guided-choice run; the base URL presets set it. */
export function GuidedChoiceField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={label}>
        Guided choice field
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={`${input} mt-1.5`}
        aria-describedby={`${id}-hint`}
      >
        {OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className={hint}>
        Used by runs in the guided-choice answer mode; other modes ignore it.
      </p>
      {error ? <p className={fieldError}>{error}</p> : null}
    </div>
  );
}
