import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { z } from "zod";
import type { TRpcError } from "#engine/rpc-error";

const ZRequest = z.object({
  id: z.union([z.number(), z.string()]),
  method: z.string(),
  params: z.unknown().optional(),
});

// Replies to requests this side sent (only `print`) carry an id but no method.
const ZReply = z.object({ id: z.union([z.number(), z.string()]) });

export type TRpcServer = {
  input: Readable;
  output: Writable;
  handle: (method: string, params: unknown, print: (content: string) => Promise<void>) => Promise<unknown>;
  describeError: (error: unknown) => TRpcError;
};

/**
 * Newline-delimited JSON-RPC 2.0, as the Prisma CLI speaks to its schema engine. Requests run one at a time in
 * arrival order, like the native engine. Resolves once the CLI closes stdin and the last request has finished.
 */
export function serveJsonRpc({ input, output, handle, describeError }: TRpcServer): Promise<void> {
  const send = (message: object) => output.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
  const pendingPrints = new Map<string, () => void>();
  let printCount = 0;
  const print = (content: string) =>
    new Promise<void>((resolve) => {
      const id = `print-${++printCount}`;
      pendingPrints.set(id, resolve);
      send({ id, method: "print", params: { content } });
    });

  let queue = Promise.resolve();
  const enqueue = (id: number | string, method: string, params: unknown) => {
    queue = queue.then(async () => {
      try {
        const result = await handle(method, params, print);
        // A missing `result` key is a protocol error for the CLI, so void methods answer with `{}`.
        send({ id, result: result ?? {} });
      } catch (error) {
        send({ id, error: describeError(error) });
      }
    });
  };

  const lines = createInterface({ input, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (line.trim() === "") return;
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      return send({
        id: null,
        error: { code: -32700, message: "Parse error", data: { is_panic: false, message: line } },
      });
    }
    const request = ZRequest.safeParse(message);
    if (request.success) return enqueue(request.data.id, request.data.method, request.data.params);
    const reply = ZReply.safeParse(message);
    if (!reply.success) return;
    const key = String(reply.data.id);
    pendingPrints.get(key)?.();
    pendingPrints.delete(key);
  });
  return new Promise((resolve) => lines.once("close", () => void queue.then(resolve)));
}
