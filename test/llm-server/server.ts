import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createCallLog, type TCallLogOptions } from "./call-log";
import { describeRequestIssue, ZChatRequest } from "./chat-request";
import { readLastUserText } from "./chat-text";
import { createModelRouter } from "./model-router";
import { buildErrorBody, sendJson } from "./respond";
import { deliverReply } from "./deliver-reply";
import { createFineTuningApi, type TFineTuningApi, type TFineTuningOptions } from "./fine-tuning";
import { createEmbeddingsApi, type TEmbeddingsApi, type TEmbeddingsOptions } from "./embeddings";
import type { TCallLog, TChatRequest, THandler, TKeyOf } from "./types";

export type TLlmServerOptions = {
  /** Decides every chat completion; defaults to `createModelRouter()` (behaviour chosen by model name). */
  handler?: THandler;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** When set, every /v1 request must carry `Authorization: Bearer <apiKey>` or gets OpenAI's 401. */
  apiKey?: string;
  /** What GET /v1/models lists; defaults to the handler's own `models`. */
  models?: readonly string[];
  /** Names what a request is about; defaults to the handler's `keyOf`, else the last user message. */
  keyOf?: TKeyOf;
  log?: TCallLogOptions;
  /** The OpenAI fine-tuning routes (files, fine_tuning/jobs), played in memory: see fine-tuning.ts. */
  fineTuning?: TFineTuningOptions;
  /** POST /embeddings (feature hashing, deterministic): see embeddings.ts. */
  embeddings?: TEmbeddingsOptions;
};

export type TLlmServer = {
  /** Base URL for the openai SDK, ending with /v1. */
  url: string;
  port: number;
  calls: TCallLog;
  fineTuning: TFineTuningApi;
  embeddings: TEmbeddingsApi;
  setHandler(handler: THandler): void;
  /** Stops listening and cuts every open connection, hanging ones included. Idempotent. */
  close(): Promise<void>;
};

export async function startLlmServer(options: TLlmServerOptions = {}): Promise<TLlmServer> {
  let handler = options.handler ?? createModelRouter();
  const calls = createCallLog(options.log);
  const expectedAuth = options.apiKey === undefined ? undefined : `Bearer ${options.apiKey}`;
  const fineTuning = createFineTuningApi(options.fineTuning);
  const embeddings = createEmbeddingsApi(options.embeddings);

  async function handleChat(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      sendJson(
        res,
        400,
        buildErrorBody("We could not parse the JSON body of your request.", "invalid_request_error", null),
      );
      return;
    }
    const parsed = ZChatRequest.safeParse(json);
    if (!parsed.success) {
      sendJson(res, 400, buildErrorBody(describeRequestIssue(parsed.error), "invalid_request_error", null));
      return;
    }
    const chat: TChatRequest = parsed.data;
    const current = handler;
    const keyOf = options.keyOf ?? current.keyOf ?? readLastUserText;
    const key = keyOf(chat);
    const { record, callsForKey } = calls.add(chat, key);
    const status = await deliverReply(res, chat, () => current(chat, { callIndex: record.index, key, callsForKey }));
    record.status = status;
  }

  function route(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? "/").split("?", 1)[0] ?? "/";
    if (expectedAuth !== undefined && path.startsWith("/v1/") && req.headers.authorization !== expectedAuth) {
      req.resume();
      sendJson(res, 401, buildErrorBody("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"));
      return;
    }
    if (req.method === "POST" && path === "/v1/chat/completions") {
      handleChat(req, res).catch(() => res.destroy());
      return;
    }
    if (fineTuning.handle(req, res, path)) return;
    if (embeddings.handle(req, res, path)) return;
    if (req.method === "GET" && (path === "/v1/models" || path.startsWith("/v1/models/"))) {
      sendModels(res, path, options.models ?? handler.models ?? []);
      return;
    }
    req.resume();
    sendJson(
      res,
      404,
      buildErrorBody(`Unknown request URL: ${req.method} ${path}.`, "invalid_request_error", "unknown_url"),
    );
  }

  const server = createServer(route);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  function close(): Promise<void> {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Hanging requests and idle keep-alive sockets would otherwise hold close() open forever.
      server.closeAllConnections();
    });
    return closing;
  }

  return {
    url: `http://${address}:${port}/v1`,
    port,
    calls,
    fineTuning,
    embeddings,
    setHandler(next) {
      handler = next;
    },
    close,
  };
}

function sendModels(res: ServerResponse, path: string, models: readonly string[]): void {
  const toModel = (id: string) => ({ id, object: "model", created: 0, owned_by: "evalboard-test" });
  if (path === "/v1/models") {
    sendJson(res, 200, { object: "list", data: models.map(toModel) });
    return;
  }
  const id = decodeURIComponent(path.slice("/v1/models/".length));
  if (models.includes(id)) {
    sendJson(res, 200, toModel(id));
    return;
  }
  sendJson(res, 404, buildErrorBody(`The model '${id}' does not exist`, "invalid_request_error", "model_not_found"));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
