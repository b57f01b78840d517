import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GET as getRun } from "@/app/api/runs/[id]/route";
import { POST as postRuns } from "@/app/api/runs/route";

type TRunProgress = { status: string; finishedAt: string | null; progress: { total: number; done: number } };

/**
 * The app's own `POST /api/runs` and `GET /api/runs/:id` route handlers behind a plain Node HTTP server, as
 * `next start` would serve them once proxy.ts has let the caller in (the bench measures the run engine, not auth).
 */
export async function serveRunsApi() {
  const server = createServer((req, res) => {
    void route(req, res).catch((error: unknown) => {
      console.error(error);
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    async createRun(body: Record<string, unknown>): Promise<string> {
      const response = await fetch(`${url}/api/runs`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (response.status !== 201) throw new Error(`POST /api/runs: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    },
    async readRun(id: string): Promise<TRunProgress> {
      const response = await fetch(`${url}/api/runs/${id}`);
      if (!response.ok) throw new Error(`GET /api/runs/${id}: ${response.status}`);
      return (await response.json()) as TRunProgress;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
  const body = req.method === "POST" ? await readBody(req) : null;
  const request = new Request(`http://127.0.0.1${path}`, {
    method: req.method,
    headers: { "content-type": req.headers["content-type"] ?? "application/json" },
    body,
  });
  const id = /^\/api\/runs\/([0-9a-f-]{36})$/.exec(path)?.[1];
  const response =
    path === "/api/runs" && req.method === "POST"
      ? await postRuns(request, { params: Promise.resolve({}) })
      : id && req.method === "GET"
        ? await getRun(request, { params: Promise.resolve({ id }) })
        : new Response("not served by the bench", { status: 404 });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}
