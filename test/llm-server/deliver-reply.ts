import type { ServerResponse } from "node:http";
import { applyAnswerMode } from "./answer-modes";
import { buildErrorBody, sendCompletion, sendJson, sendMalformed, sendStatusReply } from "./respond";
import type { TChatRequest, TReply } from "./types";

/**
 * Runs the handler and acts out its reply on the response. Resolves with the HTTP status sent, or undefined when
 * nothing was sent (a hang, a destroyed socket, a client that left during the delay).
 */
export async function deliverReply(
  res: ServerResponse,
  req: TChatRequest,
  produce: () => TReply | Promise<TReply>,
): Promise<number | undefined> {
  let reply: TReply;
  try {
    reply = await produce();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    sendJson(res, 500, buildErrorBody(`Test LLM handler threw: ${message}`, "server_error", null));
    return 500;
  }
  if ("hang" in reply) return undefined;
  if (reply.delayMs !== undefined && reply.delayMs > 0) {
    const stillConnected = await waitUnlessClosed(res, reply.delayMs);
    if (!stillConnected) return undefined;
  }
  if ("destroy" in reply) {
    res.socket?.destroy();
    return undefined;
  }
  if ("malformed" in reply) {
    sendMalformed(res);
    return 200;
  }
  if ("status" in reply) {
    sendStatusReply(res, reply);
    return reply.status;
  }
  if (typeof reply.content !== "string") {
    sendJson(res, 500, buildErrorBody("Test LLM handler returned an unknown reply.", "server_error", null));
    return 500;
  }
  sendCompletion(res, req, applyAnswerMode(req, reply));
  return 200;
}

/** Resolves true after `ms`, or false as soon as the client disconnects (the timer is then cleared). */
function waitUnlessClosed(res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      res.off("close", onClose);
      resolve(true);
    }, ms);
    res.once("close", onClose);
  });
}
