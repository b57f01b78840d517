import { once } from "node:events";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { serveJsonRpc, type TRpcServer } from "#engine/json-rpc";

type TMessage = { id?: unknown; method?: string; params?: { content?: string }; result?: unknown; error?: unknown };

function startServer(handle: TRpcServer["handle"]) {
  const input = new PassThrough();
  const output = new PassThrough();
  const received: TMessage[] = [];
  let buffered = "";
  output.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) received.push(JSON.parse(line) as TMessage);
    output.emit("message");
  });
  const done = serveJsonRpc({
    input,
    output,
    handle,
    describeError: (error) => ({
      code: 1,
      message: "failed",
      data: { is_panic: false, message: error instanceof Error ? error.message : String(error) },
    }),
  });
  const send = (message: object) => input.write(`${JSON.stringify(message)}\n`);
  const waitFor = async (predicate: (message: TMessage) => boolean): Promise<TMessage> => {
    for (;;) {
      const found = received.find(predicate);
      if (found) return found;
      await once(output, "message");
    }
  };
  return { input, received, send, waitFor, done };
}

describe("serveJsonRpc", () => {
  it("answers each request with its id, using {} for methods that return nothing", async () => {
    const server = startServer(async (method, params) => (method === "echo" ? params : undefined));
    server.send({ jsonrpc: "2.0", id: 1, method: "echo", params: { a: 1 } });
    server.send({ jsonrpc: "2.0", id: 2, method: "reset", params: {} });
    expect(await server.waitFor((m) => m.id === 1)).toMatchObject({ jsonrpc: "2.0", result: { a: 1 } });
    expect(await server.waitFor((m) => m.id === 2)).toMatchObject({ result: {} });
    server.input.end();
    await server.done;
  });

  it("turns a rejected handler into an error response and keeps serving", async () => {
    const server = startServer(async (method) => {
      if (method === "boom") throw new Error("kaboom");
      return "ok";
    });
    server.send({ jsonrpc: "2.0", id: 1, method: "boom" });
    server.send({ jsonrpc: "2.0", id: 2, method: "fine" });
    expect(await server.waitFor((m) => m.id === 1)).toMatchObject({ error: { data: { message: "kaboom" } } });
    expect(await server.waitFor((m) => m.id === 2)).toMatchObject({ result: "ok" });
    server.input.end();
    await server.done;
  });

  it("runs requests one at a time, in arrival order", async () => {
    const events: string[] = [];
    let releaseFirst = () => {};
    let markFirstStarted = () => {};
    const firstBlocked = new Promise<void>((resolve) => (releaseFirst = resolve));
    const firstStarted = new Promise<void>((resolve) => (markFirstStarted = resolve));
    const server = startServer(async (method) => {
      events.push(`start ${method}`);
      if (method === "first") {
        markFirstStarted();
        await firstBlocked;
      }
      events.push(`end ${method}`);
      return method;
    });
    // One write, so the server has both requests in hand while the first is still running.
    server.input.write(
      `${JSON.stringify({ jsonrpc: "2.0", id: 1, method: "first" })}\n${JSON.stringify({ jsonrpc: "2.0", id: 2, method: "second" })}\n`,
    );
    await firstStarted;
    releaseFirst();
    await server.waitFor((m) => m.id === 2);
    expect(events).toEqual(["start first", "end first", "start second", "end second"]);
    server.input.end();
    await server.done;
  });

  it("sends print requests to the CLI and waits for its reply before answering", async () => {
    const server = startServer(async (_method, _params, print) => {
      await print("-- CreateTable");
      return { exitCode: 0 };
    });
    server.send({ jsonrpc: "2.0", id: 9, method: "diff", params: {} });
    const printRequest = await server.waitFor((m) => m.method === "print");
    expect(printRequest.params?.content).toBe("-- CreateTable");
    expect(server.received.some((m) => m.id === 9)).toBe(false);
    server.send({ jsonrpc: "2.0", id: printRequest.id, result: {} });
    expect(await server.waitFor((m) => m.id === 9)).toMatchObject({ result: { exitCode: 0 } });
    server.input.end();
    await server.done;
  });

  it("reports a malformed line without stopping", async () => {
    const server = startServer(async () => "ok");
    server.input.write("{not json\n");
    server.send({ jsonrpc: "2.0", id: 3, method: "x" });
    expect(await server.waitFor((m) => m.id === null)).toMatchObject({ error: { code: -32700 } });
    expect(await server.waitFor((m) => m.id === 3)).toMatchObject({ result: "ok" });
    server.input.end();
    await server.done;
  });
});
