// The contract test's calls: a success and a failure for every operation of the API, and the records they need.
import { randomUUID } from "node:crypto";
import { uploadForm } from "@/test/datasets-fixtures";
import type { TFixtures } from "@/test/openapi-fixtures";
import { FINETUNE_EXAMPLES } from "@/test/finetune-openapi-examples";
import { REVIEW_EXAMPLES } from "@/test/openapi-review-examples";

export type TCall = { params?: Record<string, string>; search?: string; json?: unknown; form?: FormData };
/** One operation's success and failure; run in this order, since some change the state the next ones read. */
export type TExample = { route: string; method: string; ok: (f: TFixtures) => TCall; error: (f: TFixtures) => TCall };

const id = (value: string) => ({ params: { id: value } });
const missing = () => id(randomUUID());
const csv = "text,label\nchest pain,cardiology\ntumour,neoplasms\nheart,cardiology\nmass,neoplasms\n";

export const EXAMPLES: TExample[] = [
  { route: "/api/health", method: "GET", ok: () => ({}), error: () => ({ search: "?x=%00" }) },
  { route: "/api/openapi.json", method: "GET", ok: () => ({}), error: () => ({ search: "?x=%00" }) },
  {
    route: "/api/auth/[...all]",
    method: "GET",
    ok: () => ({ params: { all: "get-session" } }),
    error: () => ({ params: { all: "api-key/get" } }),
  },
  {
    route: "/api/auth/[...all]",
    method: "POST",
    ok: () => ({ params: { all: "sign-out" }, json: {} }),
    error: () => ({
      params: { all: "sign-in/email" },
      json: { email: "nobody@example.com", password: "wrong-password" },
    }),
  },
  { route: "/api/datasets", method: "GET", ok: () => ({}), error: () => ({ search: "?x=%00" }) },
  {
    route: "/api/datasets",
    method: "POST",
    ok: () => ({
      form: uploadForm({
        fields: { name: `contract-${randomUUID()}`, task: "CLASSIFICATION" },
        file: { name: "c.csv", bytes: csv },
      }),
    }),
    error: () => ({ form: uploadForm({ fields: { task: "CLASSIFICATION" }, file: { name: "c.csv", bytes: csv } }) }),
  },
  {
    route: "/api/datasets/preview",
    method: "POST",
    ok: () => ({ form: uploadForm({ fields: {}, file: { name: "c.csv", bytes: csv } }) }),
    error: () => ({ form: uploadForm({ fields: {}, file: { name: "c.xlsx", bytes: csv } }) }),
  },
  { route: "/api/datasets/[id]", method: "GET", ok: (f) => id(f.seed.datasetId), error: missing },
  {
    route: "/api/datasets/[id]/samples",
    method: "GET",
    ok: (f) => id(f.seed.datasetId),
    error: (f) => ({ ...id(f.seed.datasetId), search: "?limit=-1" }),
  },
  { route: "/api/datasets/[id]", method: "DELETE", ok: (f) => id(f.spareDatasetId), error: missing },
  { route: "/api/endpoints", method: "GET", ok: () => ({}), error: () => ({ search: "?x=%00" }) },
  {
    route: "/api/endpoints",
    method: "POST",
    ok: () => ({ json: { name: `contract-${randomUUID()}`, baseUrl: "https://api.example.com/v1", model: "m" } }),
    error: () => ({ json: { name: "", baseUrl: "not a url", model: "m" } }),
  },
  { route: "/api/endpoints/[id]", method: "GET", ok: (f) => id(f.seed.endpointId), error: missing },
  {
    route: "/api/endpoints/[id]",
    method: "PATCH",
    ok: (f) => ({ ...id(f.spareEndpointId), json: { tags: ["contract"] } }),
    error: (f) => ({ ...id(f.spareEndpointId), json: { timeoutMs: -1 } }),
  },
  { route: "/api/endpoints/[id]/test", method: "POST", ok: (f) => id(f.seed.endpointId), error: missing },
  {
    route: "/api/endpoints/[id]",
    method: "DELETE",
    ok: (f) => id(f.spareEndpointId),
    error: (f) => id(f.seed.endpointId),
  },
  {
    route: "/api/runs",
    method: "GET",
    ok: (f) => ({ search: `?datasetId=${f.seed.datasetId}` }),
    error: () => ({ search: "?datasetId=nope" }),
  },
  {
    route: "/api/runs",
    method: "POST",
    ok: (f) => ({ json: { datasetId: f.seed.datasetId, endpointId: f.seed.endpointId } }),
    error: (f) => ({ json: { datasetId: f.seed.datasetId } }),
  },
  {
    route: "/api/runs/preview",
    method: "POST",
    ok: (f) => ({ json: { datasetId: f.seed.datasetId, endpointId: f.seed.endpointId } }),
    error: () => ({ json: { datasetId: randomUUID() } }),
  },
  { route: "/api/runs/[id]", method: "GET", ok: (f) => id(f.seed.runId), error: missing },
  {
    route: "/api/runs/[id]/outputs",
    method: "GET",
    ok: (f) => id(f.seed.runId),
    error: (f) => ({ ...id(f.seed.runId), search: "?view=nope" }),
  },
  {
    route: "/api/runs/[id]/outputs/[sampleId]",
    method: "GET",
    ok: (f) => ({ params: { id: f.seed.runId, sampleId: String(f.seed.samples[0]!.id) } }),
    error: (f) => ({ params: { id: f.seed.runId, sampleId: "0" } }),
  },
  {
    route: "/api/runs/[id]/outputs/export",
    method: "GET",
    ok: (f) => ({ ...id(f.seed.runId), search: "?format=csv" }),
    error: (f) => ({ ...id(f.seed.runId), search: "?format=xml" }),
  },
  {
    route: "/api/runs/gate",
    method: "GET",
    ok: (f) => ({ search: `?baseline=${f.seed.runId}&candidate=${f.secondRunId}` }),
    error: (f) => ({ search: `?baseline=${f.seed.runId}&candidate=${f.seed.runId}` }),
  },
  { route: "/api/runs/[id]/invalid-groups", method: "GET", ok: (f) => id(f.seed.runId), error: missing },
  { route: "/api/runs/[id]/cancel", method: "POST", ok: (f) => id(f.runningRunId), error: (f) => id(f.seed.runId) },
  { route: "/api/runs/[id]/resume", method: "POST", ok: (f) => id(f.runningRunId), error: (f) => id(f.seed.runId) },
  { route: "/api/runs/[id]/rerun-failed", method: "POST", ok: (f) => id(f.seed.runId), error: missing },
  {
    route: "/api/compare",
    method: "GET",
    ok: (f) => ({ search: `?a=${f.seed.runId}&b=${f.secondRunId}` }),
    error: (f) => ({ search: `?a=${f.seed.runId}` }),
  },
  {
    route: "/api/leaderboard",
    method: "GET",
    ok: (f) => ({ search: `?datasetId=${f.seed.datasetId}` }),
    error: () => ({ search: "?datasetId=nope" }),
  },
  {
    route: "/api/leaderboard/export",
    method: "GET",
    ok: (f) => ({ search: `?datasetId=${f.seed.datasetId}&format=jsonl` }),
    error: () => ({ search: `?datasetId=${randomUUID()}&format=csv` }),
  },
  {
    route: "/api/judgings",
    method: "GET",
    ok: (f) => ({ search: `?runId=${f.seed.runId}` }),
    error: () => ({ search: "?runId=nope" }),
  },
  {
    route: "/api/judgings",
    method: "POST",
    ok: (f) => ({ json: { judgeEndpointId: f.seed.endpointId, datasetId: f.qaDatasetId } }),
    error: (f) => ({ json: { judgeEndpointId: f.seed.endpointId } }),
  },
  { route: "/api/judgings/[id]", method: "GET", ok: (f) => id(f.judgingId), error: missing },
  {
    route: "/api/judgings/[id]/judgements",
    method: "GET",
    ok: (f) => id(f.judgingId),
    error: (f) => ({ ...id(f.judgingId), search: "?limit=0" }),
  },
  {
    route: "/api/judgings/[id]/cancel",
    method: "POST",
    ok: (f) => id(f.runningJudgingId),
    error: (f) => id(f.judgingId),
  },
  {
    route: "/api/judgings/[id]/resume",
    method: "POST",
    ok: (f) => id(f.runningJudgingId),
    error: (f) => id(f.judgingId),
  },
  {
    route: "/api/judgings/jury",
    method: "POST",
    ok: (f) => ({ json: { judgeEndpointIds: f.pairwise.judges, datasetId: f.qaDatasetId } }),
    error: (f) => ({ json: { judgeEndpointIds: [f.pairwise.judges[0]], datasetId: f.qaDatasetId } }),
  },
  {
    route: "/api/judgings/jury",
    method: "GET",
    ok: (f) => ({ search: `?ids=${f.judgingId},${f.runningJudgingId}` }),
    error: () => ({ search: "?ids=nope" }),
  },
  { route: "/api/pairwise-judgings", method: "GET", ok: () => ({}), error: () => ({ search: "?x=%00" }) },
  {
    route: "/api/pairwise-judgings/preview",
    method: "POST",
    ok: (f) => ({ json: { judgeEndpointIds: [f.pairwise.judges[0]], runIds: f.pairwise.runIds } }),
    error: (f) => ({ json: { judgeEndpointIds: [f.pairwise.judges[0]], runIds: [f.pairwise.runIds[0]] } }),
  },
  {
    route: "/api/pairwise-judgings",
    method: "POST",
    ok: (f) => ({ json: { judgeEndpointIds: [f.pairwise.judges[0]], runIds: f.pairwise.runIds } }),
    error: (f) => ({
      json: { judgeEndpointIds: [f.pairwise.judges[0]], runIds: [f.pairwise.runIds[0], f.pairwise.runIds[0]] },
    }),
  },
  { route: "/api/pairwise-judgings/[id]", method: "GET", ok: (f) => id(f.pairwise.completedId), error: missing },
  {
    route: "/api/pairwise-judgings/[id]/samples",
    method: "GET",
    ok: (f) => id(f.pairwise.completedId),
    error: (f) => ({ ...id(f.pairwise.completedId), search: "?outcome=maybe" }),
  },
  {
    route: "/api/pairwise-judgings/[id]/samples/[sampleId]",
    method: "GET",
    ok: (f) => ({ params: { id: f.pairwise.completedId, sampleId: String(f.pairwise.sampleId) } }),
    error: (f) => ({ params: { id: f.pairwise.completedId, sampleId: "0" } }),
  },
  {
    route: "/api/pairwise-judgings/[id]/export",
    method: "GET",
    ok: (f) => ({ ...id(f.pairwise.completedId), search: "?format=csv" }),
    error: missing,
  },
  {
    route: "/api/pairwise-judgings/[id]/rejudge",
    method: "POST",
    ok: (f) => ({ ...id(f.pairwise.completedId), json: { judgeEndpointIds: [f.pairwise.judges[1]] } }),
    error: (f) => ({ ...id(f.pairwise.completedId), json: { judgeEndpointIds: [] } }),
  },
  {
    route: "/api/pairwise-judgings/[id]/cancel",
    method: "POST",
    ok: (f) => id(f.pairwise.runningId),
    error: (f) => id(f.pairwise.completedId),
  },
  {
    route: "/api/pairwise-judgings/[id]/resume",
    method: "POST",
    ok: (f) => id(f.pairwise.runningId),
    error: (f) => id(f.pairwise.completedId),
  },
  ...REVIEW_EXAMPLES,
  { route: "/api/local/v1/models", method: "GET", ok: () => ({}), error: () => ({ search: "?x=%00" }) },
  {
    route: "/api/local/v1/chat/completions",
    method: "POST",
    ok: (f) => ({
      json: { model: `majority:${f.seed.datasetId}`, messages: [{ role: "user", content: "Text: chest pain" }] },
    }),
    error: () => ({ json: { model: "majority", messages: [] } }),
  },
  ...FINETUNE_EXAMPLES,
];
