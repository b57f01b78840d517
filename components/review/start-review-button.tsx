"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type ReactNode } from "react";
import { callApi } from "@/components/ui/call-api";
import { card, hint, input, label as labelClass, primaryButton, secondaryButton } from "@/components/ui/styles";
import type { TReviewer } from "@/lib/review/reviewers";

/**
 * "Review these": creates a review queue from what the page shows (a drill-down filter, a confusion cell, two runs'
 * disagreements, low judge grades, flipped pairwise verdicts, a dataset's conflicts) and opens it. The panel asks how
 * many reviews each item needs and, optionally, whom to deal the items to; `children` adds the source's own fields.
 */
export function StartReviewButton({
  body,
  label = "Review these",
  reviewers = [],
  align = "right",
  children,
}: {
  /** Which edge of the button the panel lines up with (left when the button sits at the left of its card). */
  align?: "left" | "right";
  body: Record<string, unknown> | (() => Record<string, unknown>);
  label?: string;
  reviewers?: TReviewer[];
  children?: ReactNode;
}) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [reviewsPerItem, setReviewsPerItem] = useState(1);
  const [assignees, setAssignees] = useState<string[]>([]);

  async function start(event: { preventDefault: () => void }) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const request = {
      ...(typeof body === "function" ? body() : body),
      reviewsPerItem,
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(assignees.length > 0 ? { assigneeIds: assignees } : {}),
    };
    const result = await callApi<{ id: string }>("/api/review-queues", "POST", request);
    if (result.ok) router.push(`/review/${result.data.id}`);
    else {
      setPending(false);
      setError(result.error.message);
    }
  }

  const toggle = (reviewerId: string) =>
    setAssignees((now) => (now.includes(reviewerId) ? now.filter((x) => x !== reviewerId) : [...now, reviewerId]));

  return (
    <div className="relative inline-block text-left">
      <button
        type="button"
        className={secondaryButton}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((now) => !now)}
      >
        {label}
      </button>
      {open ? (
        <form
          id={`${id}-panel`}
          aria-label="New review queue"
          onSubmit={start}
          onKeyDown={(event) => {
            if (event.key === "Escape") setOpen(false);
          }}
          className={`${card} absolute ${align === "right" ? "right-0" : "left-0"} z-20 mt-2 w-80 space-y-3 p-4 shadow-lg`}
        >
          {children}
          <div>
            <label htmlFor={`${id}-name`} className={labelClass}>
              Queue name <span className="font-normal text-slate-500">(optional)</span>
            </label>
            <input
              id={`${id}-name`}
              className={`${input} mt-1`}
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div>
            <label htmlFor={`${id}-reviews`} className={labelClass}>
              Reviews per item
            </label>
            <input
              id={`${id}-reviews`}
              type="number"
              min={1}
              max={9}
              className={`${input} mt-1 w-24`}
              value={reviewsPerItem}
              onChange={(event) => setReviewsPerItem(Math.max(1, Math.min(9, Number(event.target.value) || 1)))}
            />
            <p className={hint}>Two or more: reviewers&apos; agreement (Cohen&apos;s and Fleiss&apos; kappa).</p>
          </div>
          {reviewers.length > 0 ? (
            <fieldset>
              <legend className={labelClass}>
                Assign to <span className="font-normal text-slate-500">(optional, dealt in turn)</span>
              </legend>
              <div className="mt-1 max-h-32 space-y-1 overflow-y-auto text-sm">
                {reviewers.map((reviewer) => (
                  <label key={reviewer.id} className="flex items-center gap-2 text-slate-700">
                    <input
                      type="checkbox"
                      checked={assignees.includes(reviewer.id)}
                      onChange={() => toggle(reviewer.id)}
                    />
                    {reviewer.name}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          {error ? (
            <p role="alert" className="text-xs text-rose-700">
              {error}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <button type="button" className={secondaryButton} onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" className={primaryButton} disabled={pending}>
              {pending ? "Creating queue…" : "Create review queue"}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
