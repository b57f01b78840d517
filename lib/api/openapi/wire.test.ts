import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZCreatedIds } from "./responses/shared";
import { ZRunView } from "./responses/runs";
import { toJsonSchema } from "./json-schema";
import { toWireSchema } from "./wire";
import * as cli from "@/cli/schemas";

const created = new Date("2026-12-03T16:00:00.000Z");

/** A run view as the handler returns it (Dates), valid for the route's own schema. */
const runView = {
  id: "0199d5a0-0000-7000-8000-000000000001",
  status: "COMPLETED",
  task: "CLASSIFICATION",
  errorMessage: null,
  dataset: { id: "0199d5a0-0000-7000-8000-000000000002", name: "Abstracts" },
  endpoint: { id: "0199d5a0-0000-7000-8000-000000000003", name: "Llama", model: "llama", tags: [] },
  settings: { split: "TEST", shots: 0, promptTemplate: "{{input}}", answerMode: "FREE_TEXT" },
  createdAt: created,
  startedAt: created,
  finishedAt: null,
  progress: { total: 10, done: 10, errors: 0, ratePerSecond: 5, etaSeconds: null },
  totals: { cost: null, promptTokens: 1, completionTokens: 2 },
  metrics: {
    accuracy: { estimate: 0.5, low: 0.2, high: 0.8 },
    validAccuracy: { estimate: 0.5, low: 0.2, high: 0.8 },
    validRate: { estimate: 1, low: 0.7, high: 1 },
    macroF1: { estimate: 0.4, low: null, high: null },
  },
  classifierFitProgress: null,
};

describe("toWireSchema", () => {
  it("reads timestamps as ISO strings through nested, nullable, array and loose objects", () => {
    const route = z.looseObject({
      at: z.date(),
      maybe: z.date().nullable(),
      list: z.array(z.looseObject({ when: z.date().optional(), n: z.number() })),
    });
    const wire = toWireSchema(route);
    const sent = JSON.parse(
      JSON.stringify({ at: created, maybe: null, list: [{ when: created, n: 1 }, { n: 2 }], extra: "kept" }),
    ) as unknown;
    expect(wire.parse(sent)).toEqual({
      at: created.toISOString(),
      maybe: null,
      list: [{ when: created.toISOString(), n: 1 }, { n: 2 }],
      extra: "kept",
    });
    expect(wire.safeParse({ at: "yesterday", maybe: null, list: [] }).success).toBe(false);
    expect(wire.safeParse({ at: created.toISOString(), maybe: null, list: [{ n: "1" }] }).success).toBe(false);
    // A schema without a date is the route's own object, not a copy.
    expect(toWireSchema(ZCreatedIds)).toBe(ZCreatedIds);
  });

  it("gives the CLI the route's run view: a handler's value, sent as JSON, reads back; a retyped field does not", () => {
    expect(ZRunView.safeParse(runView).success).toBe(true);
    const sent = JSON.parse(JSON.stringify(runView)) as Record<string, unknown>;
    const read = cli.ZRunView.parse(sent);
    expect(read.createdAt).toBe(created.toISOString());
    expect(read.metrics?.accuracy.estimate).toBe(0.5);
    expect(cli.ZRunView.safeParse({ ...sent, status: "DONE" }).success).toBe(false);
    expect(cli.ZRunView.safeParse({ ...sent, progress: { total: 10, done: 10 } }).success).toBe(false);
  });

  it("describes the same JSON as the OpenAPI document does for each route the CLI reads", async () => {
    const routes = {
      ZRunView,
      ZDatasetList: (await import("./responses/datasets")).ZDatasetList,
      ZUploadedDataset: (await import("./responses/datasets")).ZUploadedDataset,
      ZEndpointList: (await import("./responses/endpoints")).ZEndpointList,
      ZCreatedRuns: ZCreatedIds,
    };
    for (const [name, route] of Object.entries(routes)) {
      const document = toJsonSchema(route, "output");
      const client = toJsonSchema(cli[name as keyof typeof routes], "output");
      // The document says `format: date-time` for a Date; the wire schema's ISO check says it with a pattern.
      const strip = (value: unknown): unknown =>
        JSON.parse(JSON.stringify(value), (key, child: unknown) => (key === "pattern" ? undefined : child));
      expect(strip(client), name).toEqual(strip(document));
    }
  });
});
