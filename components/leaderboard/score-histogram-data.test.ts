import { describe, expect, it } from "vitest";
import type { TQaJudgingRow } from "@/lib/leaderboard/qa-types";
import { prepareScoreHistograms } from "./score-histogram-data";

function row(id: string, counts: number[], model: string | null) {
  return {
    judgingId: id,
    endpoint: model === null ? null : { id, name: model, model, tags: [] },
    judge: { id: "j", name: "GPT-4o judge", model: "gpt-4o" },
    graded: counts.reduce((sum, count) => sum + count, 0),
    histogram: counts.map((count, i) => ({ score: i + 1, count })),
  } as unknown as TQaJudgingRow;
}

describe("prepareScoreHistograms", () => {
  it("turns counts into shares of the parsed grades, one panel per row, the dataset row named as such", () => {
    const { panels } = prepareScoreHistograms([
      row("a", [0, 0, 0, 0, 0, 0, 1, 2, 1, 0], "gpt-4o-mini"),
      row("d", [0, 0, 0, 0, 0, 0, 0, 0, 0, 2], null),
    ]);
    expect(panels.map((panel) => [panel.key, panel.title, panel.graded])).toEqual([
      ["a", "gpt-4o-mini", 4],
      ["d", "Dataset reference answers", 2],
    ]);
    expect(panels[0]?.bars.slice(6, 9)).toEqual([
      { score: 7, count: 1, share: 0.25 },
      { score: 8, count: 2, share: 0.5 },
      { score: 9, count: 1, share: 0.25 },
    ]);
    // A score nobody got is a real zero.
    expect(panels[0]?.bars[0]).toEqual({ score: 1, count: 0, share: 0 });
  });

  it("leaves gaps, not zeros, for a row without parsed grades", () => {
    const { panels } = prepareScoreHistograms([row("x", Array(10).fill(0) as number[], "waiting")]);
    expect(panels[0]?.bars.every((bar) => bar.share === null)).toBe(true);
  });

  it("shares one y-axis top, the largest share rounded up to 10%", () => {
    expect(prepareScoreHistograms([row("a", [0, 0, 0, 0, 0, 0, 1, 2, 1, 0], "m")]).axis.yMax).toBe(0.5);
    expect(prepareScoreHistograms([row("a", [0, 0, 0, 0, 0, 0, 0, 3, 1, 0], "m")]).axis.yMax).toBe(0.8);
    expect(prepareScoreHistograms([row("a", [0, 0, 0, 0, 0, 3, 3, 4, 0, 0], "m")]).axis.yMax).toBe(0.4);
    expect(prepareScoreHistograms([row("a", [0, 0, 0, 0, 0, 0, 3, 3, 3, 1], "m")]).axis.yMax).toBe(0.3);
    expect(prepareScoreHistograms([row("a", [0, 0, 0, 0, 0, 0, 0, 7, 3, 0], "m")]).axis.yMax).toBe(0.7);
    expect(prepareScoreHistograms([]).axis.yMax).toBe(1);
    expect(prepareScoreHistograms([row("a", [0, 0, 0, 0, 0, 0, 3, 3, 3, 1], "m")]).axis.yTicks).toEqual([0, 0.15, 0.3]);
  });
});
