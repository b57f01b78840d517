// POST /v1/embeddings as OpenAI serves it, deterministic. Behaviour by model name:
//   fail-<status>   that status in OpenAI's error shape (fail-401, fail-500, ...)
//   anything else   `dimensions` numbers by feature hashing: each lower-cased word adds ±1 to one dimension (both
//                   chosen by a hash of the word), then the vector is L2-normalised. Texts sharing words get close
//                   vectors, so a classifier on them learns something, and the same text always gets the same vector.
// Usage counts 1 token per 4 characters (at least 1 per text). `hold(n)` keeps every request after the next n waiting
// until `release()`, for the tests that restart the workers mid-job; every text asked for is logged in `texts`.
import type { IncomingMessage, ServerResponse } from "node:http";
import { hashText } from "./hash";
import { buildDefaultErrorBody, buildErrorBody, sendJson } from "./respond";

export type TEmbeddingsOptions = { dimensions?: number };

export type TEmbeddingsApi = {
  /** Every input text of every request answered or held, in arrival order. */
  texts: string[];
  /** Each request's texts, in arrival order. */
  batches: string[][];
  /** Requests received (held ones included). */
  requests(): number;
  /** Requests after the next `after` wait (unanswered) until release(). */
  hold(after?: number): void;
  release(): void;
  handle(req: IncomingMessage, res: ServerResponse, path: string): boolean;
};

export function embedText(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    const hash = hashText(word);
    vector[hash % dimensions] = vector[hash % dimensions]! + (hashText(word, 1) % 2 === 0 ? 1 : -1);
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((value) => value / norm);
}

export function createEmbeddingsApi(options: TEmbeddingsOptions = {}): TEmbeddingsApi {
  const dimensions = options.dimensions ?? 48;
  const texts: string[] = [];
  let received = 0;
  const batches: string[][] = [];
  let held: (() => void)[] | null = null;
  let holdFrom = 0;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: { model?: unknown; input?: unknown; encoding_format?: unknown };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as typeof body;
    } catch {
      sendJson(
        res,
        400,
        buildErrorBody("We could not parse the JSON body of your request.", "invalid_request_error", null),
      );
      return;
    }
    const inputs = typeof body.input === "string" ? [body.input] : body.input;
    if (typeof body.model !== "string" || !Array.isArray(inputs) || !inputs.every((text) => typeof text === "string")) {
      sendJson(
        res,
        400,
        buildErrorBody("`model` and `input` (a string or strings) are required.", "invalid_request_error", null),
      );
      return;
    }
    const position = received++;
    texts.push(...(inputs as string[]));
    batches.push([...(inputs as string[])]);
    if (held && position >= holdFrom) await new Promise<void>((resolve) => held!.push(resolve));
    const failure = /^fail-(\d{3})$/.exec(body.model);
    if (failure) {
      const status = Number(failure[1]);
      sendJson(res, status, buildDefaultErrorBody(status));
      return;
    }
    const tokens = (inputs as string[]).reduce((sum, text) => sum + Math.max(1, Math.ceil(text.length / 4)), 0);
    const data = (inputs as string[]).map((text, index) => {
      const vector = embedText(text, dimensions);
      const embedding =
        body.encoding_format === "base64" ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector;
      return { object: "embedding", index, embedding };
    });
    sendJson(res, 200, {
      object: "list",
      data,
      model: body.model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  }

  return {
    texts,
    batches,
    requests: () => received,
    hold(after = 0) {
      held ??= [];
      holdFrom = received + after;
    },
    release() {
      const waiting = held ?? [];
      held = null;
      for (const resolve of waiting) resolve();
    },
    handle(req, res, path) {
      if (req.method !== "POST" || path !== "/v1/embeddings") return false;
      serve(req, res).catch(() => res.destroy());
      return true;
    },
  };
}
