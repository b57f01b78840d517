// The contract test's calls for the review and dataset-version routes (issue 15), in the order they run: the
// decision precedes the accept that turns it into a version.
import { randomUUID } from "node:crypto";
import { uploadForm } from "@/test/datasets-fixtures";
import type { TExample } from "@/test/openapi-examples";

const id = (value: string) => ({ params: { id: value } });
const missing = () => id(randomUUID());

export const REVIEW_EXAMPLES: TExample[] = [
  {
    route: "/api/review-queues",
    method: "POST",
    ok: (f) => ({ json: { source: "run", runId: f.seed.runId, view: "wrong" } }),
    error: () => ({ json: { source: "run", runId: randomUUID() } }),
  },
  { route: "/api/review-queues", method: "GET", ok: () => ({}), error: () => ({ search: "?x=%00" }) },
  {
    route: "/api/review-queues/[id]/items",
    method: "GET",
    ok: (f) => id(f.review.runQueueId),
    error: (f) => ({ ...id(f.review.runQueueId), search: "?position=-1" }),
  },
  {
    route: "/api/review-queues/[id]/decisions",
    method: "POST",
    ok: (f) => ({
      ...id(f.review.runQueueId),
      json: { sampleId: f.seed.samples[0]!.id, kind: "RELABEL", label: f.seed.expected[1] },
    }),
    // The same reviewer deciding the same item again while the first decision stands.
    error: (f) => ({ ...id(f.review.runQueueId), json: { sampleId: f.seed.samples[0]!.id, kind: "CONFIRM" } }),
  },
  {
    route: "/api/review-queues/[id]/decisions/export",
    method: "GET",
    ok: (f) => ({ ...id(f.review.runQueueId), search: "?format=jsonl" }),
    error: (f) => ({ ...id(f.review.runQueueId), search: "?format=xml" }),
  },
  { route: "/api/review-queues/[id]/agreement", method: "GET", ok: (f) => id(f.review.runQueueId), error: missing },
  {
    route: "/api/review-queues/[id]/calibration",
    method: "GET",
    ok: (f) => id(f.review.gradesQueueId),
    error: (f) => id(f.review.runQueueId),
  },
  {
    route: "/api/review-queues/[id]/accept",
    method: "POST",
    ok: (f) => id(f.review.runQueueId),
    error: (f) => id(f.review.gradesQueueId),
  },
  { route: "/api/datasets/[id]/versions", method: "GET", ok: (f) => id(f.seed.datasetId), error: missing },
  { route: "/api/runs/[id]/versions", method: "GET", ok: (f) => id(f.seed.runId), error: missing },
  {
    route: "/api/datasets/[id]/reupload",
    method: "POST",
    ok: (f) => ({
      ...id(f.seed.datasetId),
      form: uploadForm({ fields: {}, file: { name: "v.csv", bytes: "text,label\ntest abstract 0 about x,y\n" } }),
    }),
    error: (f) => ({
      ...id(f.seed.datasetId),
      form: uploadForm({ fields: {}, file: { name: "v.csv", bytes: "question,answer\nq,a\n" } }),
    }),
  },
];
