// Types shared by the test LLM server, its behaviours and the model router.

import type { TChatRequest } from "./chat-request";

export type { TChatContentPart, TChatMessage, TChatRequest } from "./chat-request";

export type TUsageOverride = { prompt_tokens?: number; completion_tokens?: number };

type TReplyBase = {
  /** Milliseconds to wait before answering; the wait is cancelled if the client disconnects. */
  delayMs?: number;
};

export type TContentReply = TReplyBase & {
  content: string;
  usage?: TUsageOverride;
  finishReason?: "stop" | "length" | "content_filter";
  /** Answer modes (answer-modes.ts): the labels the model knows, how it treats the mode fields, its logprobs. */
  alternatives?: readonly string[];
  answerMode?: "ignore" | "no-logprobs" | "unsure";
  logprobs?: unknown;
};

/** Any status with an arbitrary JSON body; without a body an OpenAI-shaped error for that status is sent. */
export type TStatusReply = TReplyBase & {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
};

export type THangReply = { hang: true };
export type TMalformedReply = TReplyBase & { malformed: true };
export type TDestroyReply = TReplyBase & { destroy: true };

export type TReply = TContentReply | TStatusReply | THangReply | TMalformedReply | TDestroyReply;

export type TCallContext = {
  /** 0-based index of this request among all chat requests the server received since start or reset. */
  callIndex: number;
  /** The request's key (see TKeyOf); by default the last user message. */
  key: string;
  /** How many earlier requests had the same model and key: 0 on the first attempt, 1 on the first retry... */
  callsForKey: number;
};

/** Names what a request is "about", e.g. the dataset input found in the prompt; used for counting attempts. */
export type TKeyOf = (req: TChatRequest) => string;

export type THandlerFn = (req: TChatRequest, ctx: TCallContext) => TReply | Promise<TReply>;

/** A handler may carry the models it knows (for GET /v1/models) and a better key function than the default. */
export type THandler = THandlerFn & { models?: readonly string[]; keyOf?: TKeyOf };

export type TCallRecord = {
  index: number;
  model: string;
  key: string;
  /** Epoch milliseconds when the request arrived. */
  timestamp: number;
  /** Present unless the log was created with `retainMessages: false`. */
  messages?: TChatRequest["messages"];
  /** HTTP status sent; undefined while pending, for hangs and for destroyed sockets. */
  status?: number;
};

export type TCallLog = {
  /** Number of chat requests, optionally for one model. */
  total(model?: string): number;
  /** Number of chat requests with this key, optionally for one model. */
  countFor(key: string, model?: string): number;
  /** The largest number of requests any single key received (0 when none): "at most once per sample" is `<= 1`. */
  maxCountPerKey(model?: string): number;
  /** Number of distinct keys seen, optionally for one model. */
  distinctKeys(model?: string): number;
  /** Retained records, oldest first (at most `maxRecords`). */
  records(): readonly TCallRecord[];
  reset(): void;
};
