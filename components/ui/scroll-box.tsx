import type { ReactNode } from "react";

const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/**
 * A block that scrolls on its own (a long prompt, a raw reply, a wide preview): keyboard users reach it with Tab and
 * scroll it with the arrow keys, and a screen reader names it (WCAG 2.1.1, axe "scrollable-region-focusable").
 * `label` names it; `labelledBy` points at a visible heading instead.
 */
export function ScrollBox({
  as: Tag = "div",
  label,
  labelledBy,
  className,
  testId,
  children,
}: {
  as?: "div" | "pre";
  label?: string;
  labelledBy?: string;
  className: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Tag
      role="region"
      tabIndex={0}
      aria-label={labelledBy ? undefined : label}
      aria-labelledby={labelledBy}
      data-testid={testId}
      className={`${className} ${focusRing}`}
    >
      {children}
    </Tag>
  );
}
