import { readFileSync } from "node:fs";
import pg from "pg";

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function readCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may contain spaces) start at ") "; utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Finds the Postgres backend that runs the ingest's COPY (polling pg_stat_activity: a bench may poll) and reports
 * the CPU it used from then on, so a loaded machine's wall-clock figures can be read against the work done.
 */
export function watchCopyBackend(databaseUrl: string): { stop: () => Promise<number | null> } {
  const client = new pg.Client({ connectionString: databaseUrl });
  let backend: { pid: number; cpuAtStart: number } | null = null;
  let stopped = false;
  const poll = async () => {
    await client.connect();
    while (!stopped && backend === null) {
      const found = await client.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY "Sample"%' LIMIT 1`,
      );
      const pid = found.rows[0]?.pid;
      if (pid !== undefined) backend = { pid, cpuAtStart: readCpuSeconds(pid) };
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const polling = poll();
  return {
    stop: async () => {
      stopped = true;
      await polling;
      await client.end();
      return backend === null ? null : readCpuSeconds(backend.pid) - backend.cpuAtStart;
    },
  };
}
