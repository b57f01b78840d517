import type pg from "pg";

/**
 * Watches a client checked out of the pool for a connection cut while it is idle between queries (Postgres
 * restarting): pg then emits 'error' on the client itself, which would crash the process if nobody listened (the
 * pool only listens on idle clients). Returns `release`: hands the client back, or destroys it once it was cut.
 */
export function watchClient(client: pg.PoolClient, context: string): { release: (broken?: boolean) => void } {
  let lost = false;
  // Stays attached when the client is destroyed: a late 'error' from a dying socket must not crash the process.
  const onError = (error: Error) => {
    lost = true;
    console.warn(`[db] ${context}: connection lost: ${error.message}`);
  };
  client.on("error", onError);
  return {
    release(broken = false) {
      if (!(lost || broken)) client.off("error", onError);
      client.release(lost || broken);
    },
  };
}
