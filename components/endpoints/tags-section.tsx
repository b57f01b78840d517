import { useId, type KeyboardEvent } from "react";
import { errorFor, splitTags } from "./form-state";
import { FormSection } from "@/components/ui/form-section";
import { TAG_SUGGESTIONS } from "./presets";
import type { TSectionProps } from "./section-props";
import { chipButton, fieldError, hint, input, label } from "./styles";

/** Free-text tags (Enter or comma adds one) shown as removable pills, with one-click suggestions. */
export function TagsSection({ state, update, errors }: TSectionProps) {
  const id = useId();
  const addTags = (tags: string[]) => update({ tags: [...new Set([...state.tags, ...tags])], tagDraft: "" });
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === "Enter" || event.key === ",") && state.tagDraft.trim() !== "") {
      event.preventDefault();
      addTags(splitTags(state.tagDraft));
    } else if (event.key === "Backspace" && state.tagDraft === "" && state.tags.length > 0) {
      update({ tags: state.tags.slice(0, -1) });
    }
  };
  const error = errorFor(errors, "tags");
  const suggestions = TAG_SUGGESTIONS.filter((tag) => !state.tags.includes(tag));

  return (
    <FormSection
      title="Tags"
      description="Group and filter models on the leaderboard, e.g. commercial vs fine-tuned, or the parameter count (7b)."
    >
      <div>
        <label htmlFor={id} className={label}>
          Tags
        </label>
        {state.tags.length > 0 ? (
          <ul aria-label="Selected tags" className="mt-2 flex flex-wrap gap-1.5">
            {state.tags.map((tag) => (
              <li
                key={tag}
                className="inline-flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pl-2.5 pr-1 text-xs font-medium text-indigo-700 ring-1 ring-inset ring-indigo-600/20"
              >
                {tag}
                <button
                  type="button"
                  aria-label={`Remove tag ${tag}`}
                  className="grid size-4 place-items-center rounded-full text-indigo-700 hover:bg-indigo-100 hover:text-indigo-800"
                  onClick={() => update({ tags: state.tags.filter((other) => other !== tag) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id={id}
          className={`${input} mt-2`}
          value={state.tagDraft}
          placeholder="Type a tag and press Enter"
          onChange={(event) => update({ tagDraft: event.target.value })}
          onKeyDown={onKeyDown}
          onBlur={() => state.tagDraft.trim() && addTags(splitTags(state.tagDraft))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          spellCheck={false}
          autoComplete="off"
        />
        <p id={`${id}-hint`} className={hint}>
          Letters, digits, dots and dashes, saved in lower case. Press Enter or comma to add one.
        </p>
        {error ? (
          <p id={`${id}-error`} className={fieldError}>
            {error}
          </p>
        ) : null}
        {suggestions.length > 0 ? (
          <div role="group" aria-label="Suggested tags" className="mt-3 flex flex-wrap items-center gap-2">
            <span className="text-xs font-medium text-slate-500">Suggestions:</span>
            {suggestions.map((tag) => (
              <button key={tag} type="button" className={chipButton} onClick={() => addTags([tag])}>
                + {tag}
              </button>
            ))}
          </div>
        ) : null}
      </div>
    </FormSection>
  );
}
