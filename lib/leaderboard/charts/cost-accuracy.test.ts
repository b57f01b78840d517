import { describe, expect, it } from "vitest";
import { findParetoFrontier, prepareCostScatter } from "./cost-accuracy";
import { makeRow } from "@/test/leaderboard-rows";

const point = (id: string, cost: number, accuracy: number) => ({ id, cost, accuracy });

describe("findParetoFrontier", () => {
  it("keeps points no other point beats on both cost and accuracy, cheapest first", () => {
    const points = [
      point("cheap-bad", 1, 0.5),
      point("dominated", 3, 0.6),
      point("mid", 2, 0.7),
      point("pricey-best", 10, 0.9),
      point("pricey-worse", 12, 0.85),
    ];
    expect(findParetoFrontier(points).map((p) => p.id)).toEqual(["cheap-bad", "mid", "pricey-best"]);
  });

  it("drops a point that only ties on one axis and loses on the other, and keeps exact duplicates", () => {
    expect(findParetoFrontier([point("a", 1, 0.8), point("b", 1, 0.7)]).map((p) => p.id)).toEqual(["a"]);
    expect(findParetoFrontier([point("a", 1, 0.8), point("b", 2, 0.8)]).map((p) => p.id)).toEqual(["a"]);
    expect(findParetoFrontier([point("a", 1, 0.8), point("b", 1, 0.8)]).map((p) => p.id)).toEqual(["a", "b"]);
    expect(findParetoFrontier([])).toEqual([]);
  });
});

describe("prepareCostScatter", () => {
  it("draws priced runs, names unpriced ones instead of drawing them at $0, and skips runs without answers", () => {
    const scatter = prepareCostScatter([
      makeRow("cheap", { name: "Cheap", correct: 6, cost: 0.5 }),
      makeRow("best", { name: "Best", correct: 9, cost: 4 }),
      makeRow("worse", { name: "Worse", correct: 5, cost: 3 }),
      makeRow("local", { name: "Local", correct: 7, cost: null }),
      makeRow("empty", { name: "Empty", answered: 0, cost: null }),
    ]);
    expect(scatter.points.map((p) => [p.runId, p.cost, p.accuracy, p.onFrontier])).toEqual([
      ["cheap", 0.5, 0.6, true],
      ["best", 4, 0.9, true],
      ["worse", 3, 0.5, false],
    ]);
    expect(scatter.frontier.map((p) => p.runId)).toEqual(["cheap", "best"]);
    expect(scatter.unpriced).toEqual(["Local"]);
    expect(scatter.points[0]?.href).toBe("/runs/cheap");
    expect(scatter.xScale).toBe("linear");
  });

  it("switches to a log cost axis for a wide spread, but not when a run is free", () => {
    const wide = [makeRow("a", { correct: 5, cost: 0.01 }), makeRow("b", { correct: 9, cost: 5 })];
    expect(prepareCostScatter(wide).xScale).toBe("log");
    expect(prepareCostScatter([...wide, makeRow("free", { correct: 1, cost: 0 })]).xScale).toBe("linear");
  });
});
