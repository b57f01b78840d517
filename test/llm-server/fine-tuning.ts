// The OpenAI fine-tuning API, played in memory for the fine-tune integration tests. Behaviour by base model name:
//   ft-ok          runs, reports a loss per poll, succeeds after `pollsToFinish` GETs of the job
//   ft-reject      POST /fine_tuning/jobs answers 400 with the provider's message (bad hyperparameters)
//   ft-fail        runs, then fails with a reason
//   ft-hold        runs until cancelled, or until the test calls `finish(id)`
// `throttle(n)` makes the next n GETs of a job answer 429; state outlives a workers restart (it is the provider's).
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { buildErrorBody, sendJson } from "./respond";

type TJob = {
  id: string;
  model: string;
  status: "validating_files" | "queued" | "running" | "succeeded" | "failed" | "cancelled";
  training_file: string;
  validation_file: string | null;
  hyperparameters: Record<string, unknown>;
  suffix: string | null;
  fine_tuned_model: string | null;
  error: { code: string; message: string; param: null } | null;
  polls: number;
  events: { id: string; created_at: number; level: string; message: string; type: string; data: unknown }[];
};

export type TFineTuningOptions = {
  /** GETs of an `ft-ok` job before it succeeds. */
  pollsToFinish?: number;
  /** The fine-tuned model id a succeeded job reports (so a test can point it at a chat model of this server). */
  fineTunedModel?: (job: { model: string; suffix: string | null; id: string }) => string;
};

export type TFineTuningApi = {
  files: Map<string, { purpose: string; filename: string; content: string }>;
  jobs: Map<string, TJob>;
  /** The next n GETs of a job answer 429. */
  throttle(n: number): void;
  /** How many of the throttled GETs are still to come. */
  pendingThrottles(): number;
  finish(id: string): void;
  handle(req: IncomingMessage, res: ServerResponse, path: string): boolean;
};

const now = () => Math.floor(Date.now() / 1000);

export function createFineTuningApi(options: TFineTuningOptions = {}): TFineTuningApi {
  const files = new Map<string, { purpose: string; filename: string; content: string }>();
  const jobs = new Map<string, TJob>();
  let throttled = 0;
  const pollsToFinish = options.pollsToFinish ?? 3;
  const fineTunedModel =
    options.fineTunedModel ?? ((job) => `ft:${job.model}:${job.suffix ?? "test"}:${job.id.slice(-8)}`);

  const addEvent = (job: TJob, message: string, data?: unknown) =>
    job.events.push({
      id: `ftevent-${job.events.length}-${job.id}`,
      created_at: now(),
      level: job.status === "failed" ? "error" : "info",
      message,
      type: data ? "metrics" : "message",
      data: data ?? {},
    });

  const succeed = (job: TJob) => {
    job.status = "succeeded";
    job.fine_tuned_model = fineTunedModel(job);
    addEvent(job, "The job has successfully completed");
  };

  function advance(job: TJob): void {
    if (job.status === "succeeded" || job.status === "failed" || job.status === "cancelled") return;
    job.polls += 1;
    job.status = "running";
    if (job.model === "ft-hold") return;
    if (job.model === "ft-fail") {
      job.status = "failed";
      job.error = {
        code: "invalid_training_file",
        message: "Training file has examples with no assistant turn.",
        param: null,
      };
      addEvent(job, "Training failed");
      return;
    }
    addEvent(job, `Step ${job.polls}/${pollsToFinish}`, {
      step: job.polls,
      total_steps: pollsToFinish,
      train_loss: 1 / job.polls,
      valid_loss: 1.2 / job.polls,
    });
    if (job.polls >= pollsToFinish) succeed(job);
  }

  async function uploadFile(req: IncomingMessage, res: ServerResponse) {
    const request = new Request("http://test/v1/files", {
      method: "POST",
      headers: { "content-type": req.headers["content-type"] ?? "" },
      body: Readable.toWeb(req) as ReadableStream,
      duplex: "half",
    } as RequestInit);
    const form = await request.formData();
    const file = form.get("file");
    const purpose = String(form.get("purpose"));
    if (!(file instanceof File) || purpose !== "fine-tune") {
      sendJson(res, 400, buildErrorBody("Send a file with purpose fine-tune.", "invalid_request_error", null));
      return;
    }
    const id = `file-${randomUUID()}`;
    files.set(id, { purpose, filename: file.name, content: await file.text() });
    sendJson(res, 200, {
      object: "file",
      id,
      bytes: file.size,
      created_at: now(),
      filename: file.name,
      purpose,
      status: "processed",
    });
  }

  async function createJob(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
    if (!files.has(String(body.training_file))) {
      sendJson(
        res,
        400,
        buildErrorBody(`invalid training_file: ${String(body.training_file)}`, "invalid_request_error", "invalid_file"),
      );
      return;
    }
    if (body.model === "ft-reject") {
      sendJson(
        res,
        400,
        buildErrorBody(
          "n_epochs must be at most 3 for this model.",
          "invalid_request_error",
          "invalid_hyperparameters",
        ),
      );
      return;
    }
    const job: TJob = {
      id: `ftjob-${randomUUID()}`,
      model: String(body.model),
      status: "validating_files",
      training_file: String(body.training_file),
      validation_file: typeof body.validation_file === "string" ? body.validation_file : null,
      hyperparameters: (body.hyperparameters as Record<string, unknown>) ?? {},
      suffix: typeof body.suffix === "string" ? body.suffix : null,
      fine_tuned_model: null,
      error: null,
      polls: 0,
      events: [],
    };
    addEvent(job, "Created fine-tuning job");
    jobs.set(job.id, job);
    sendJson(res, 200, toJob(job));
  }

  function handle(req: IncomingMessage, res: ServerResponse, path: string): boolean {
    if (req.method === "POST" && path === "/v1/files") {
      uploadFile(req, res).catch(() => res.destroy());
      return true;
    }
    if (req.method === "POST" && path === "/v1/fine_tuning/jobs") {
      createJob(req, res).catch(() => res.destroy());
      return true;
    }
    const match = /^\/v1\/fine_tuning\/jobs\/([^/]+)(\/events|\/cancel)?$/.exec(path);
    if (!match) return false;
    req.resume();
    const job = jobs.get(match[1] ?? "");
    if (!job) {
      sendJson(res, 404, buildErrorBody(`No fine-tuning job ${match[1]}`, "invalid_request_error", null));
      return true;
    }
    if (match[2] === "/cancel" && req.method === "POST") {
      if (job.status === "succeeded" || job.status === "failed" || job.status === "cancelled") {
        sendJson(res, 400, buildErrorBody(`Job is already ${job.status}`, "invalid_request_error", null));
        return true;
      }
      job.status = "cancelled";
      addEvent(job, "Job cancelled");
      sendJson(res, 200, toJob(job));
      return true;
    }
    if (match[2] === "/events") {
      sendJson(res, 200, { object: "list", data: [...job.events].reverse(), has_more: false });
      return true;
    }
    if (throttled > 0) {
      throttled -= 1;
      sendJson(res, 429, buildErrorBody("Rate limit reached.", "requests", "rate_limit_exceeded"));
      return true;
    }
    advance(job);
    sendJson(res, 200, toJob(job));
    return true;
  }

  return {
    files,
    jobs,
    throttle(n) {
      throttled = n;
    },
    pendingThrottles: () => throttled,
    finish(id) {
      const job = jobs.get(id);
      if (job) succeed(job);
    },
    handle,
  };
}

function toJob(job: TJob) {
  return {
    object: "fine_tuning.job",
    id: job.id,
    model: job.model,
    created_at: 0,
    finished_at: null,
    fine_tuned_model: job.fine_tuned_model,
    organization_id: "org-test",
    result_files: [],
    status: job.status,
    training_file: job.training_file,
    validation_file: job.validation_file,
    hyperparameters: job.hyperparameters,
    trained_tokens: job.status === "succeeded" ? 1000 : null,
    error: job.error,
    seed: 0,
    estimated_finish: null,
    integrations: [],
  };
}
