export type TPartStatus = "ok" | "down";
export type THealth = { status: "ok" | "unavailable"; db: TPartStatus; redis: TPartStatus };

export type THealthProbes = {
  pingDb: () => Promise<unknown>;
  pingRedis: () => Promise<unknown>;
  /** A probe slower than this counts as down: a health check must answer even when a dependency hangs. */
  timeoutMs?: number;
  onFailure?: (part: "db" | "redis", error: unknown) => void;
};

export async function checkHealth(probes: THealthProbes): Promise<THealth> {
  const timeoutMs = probes.timeoutMs ?? 2_000;
  const [db, redis] = await Promise.all([
    probe(probes.pingDb, timeoutMs, (error) => probes.onFailure?.("db", error)),
    probe(probes.pingRedis, timeoutMs, (error) => probes.onFailure?.("redis", error)),
  ]);
  return { status: db === "ok" && redis === "ok" ? "ok" : "unavailable", db, redis };
}

export function healthHttpStatus(health: THealth): number {
  return health.status === "ok" ? 200 : 503;
}

async function probe(
  ping: () => Promise<unknown>,
  timeoutMs: number,
  onFailure: (error: unknown) => void,
): Promise<TPartStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([ping(), timeout]);
    return "ok";
  } catch (error) {
    onFailure(error);
    return "down";
  } finally {
    clearTimeout(timer);
  }
}
