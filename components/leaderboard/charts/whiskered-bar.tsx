"use client";

import { accuracyColors } from "@/components/ui/chart-theme";
import { LinkedRect } from "./svg-link";

type TBox = { x?: number; y?: number; width?: number; height?: number };

/**
 * A linked bar with its 95% interval drawn as a whisker. Recharts' ErrorBar misplaced whiskers on this horizontal
 * layout, so the whisker is placed here from the background box, which spans the value axis' fixed [0, 1] domain.
 */
export function WhiskeredBar(
  props: TBox & {
    background?: { x: number | null; width: number };
    fill?: string;
    href: string;
    label: string;
    range: [number, number] | null;
  },
) {
  const { background, range, y = 0, height = 0 } = props;
  const left = background?.x ?? null;
  const span = background?.width ?? 0;
  const whisker =
    range && left !== null && span > 0
      ? { x1: left + range[0] * span, x2: left + range[1] * span, mid: y + height / 2, cap: Math.min(5, height / 2) }
      : null;
  return (
    <g>
      <LinkedRect {...props} />
      {whisker ? (
        <g data-whisker stroke={accuracyColors.whisker} strokeWidth={1.25} aria-hidden pointerEvents="none">
          <line x1={whisker.x1} x2={whisker.x2} y1={whisker.mid} y2={whisker.mid} />
          <line x1={whisker.x1} x2={whisker.x1} y1={whisker.mid - whisker.cap} y2={whisker.mid + whisker.cap} />
          <line x1={whisker.x2} x2={whisker.x2} y1={whisker.mid - whisker.cap} y2={whisker.mid + whisker.cap} />
        </g>
      ) : null}
    </g>
  );
}
