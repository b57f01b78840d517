import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type TWorkersState = () => { ready: boolean; workerId: string; queues: string[] };

/** GET /health: 200 once every worker is connected and ready, 503 while starting or shutting down. */
export async function startHealthServer(port: number, state: TWorkersState): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    if (request.method !== "GET" || request.url !== "/health") {
      response.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
      return;
    }
    const current = state();
    response
      .writeHead(current.ready ? 200 : 503, { "content-type": "application/json" })
      .end(JSON.stringify({ status: current.ready ? "ok" : "unavailable", ...current }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
