// Issue 13: a crash of one process must not stop the other. scripts/start.sh runs the web app and the workers with
// scripts/supervise.sh; here the same two functions run two stand-ins (a "web" and a "workers" process that report
// their pid and whether they were asked to stop). Killing the web process restarts it, with a line in the log,
// while the workers process is neither restarted nor signalled. Every wait is on output, bounded in time.
// The stand-ins log every signal they get and take a moment to stop, as the real ones do (in-flight chunks), so a
// signal delivered twice shows up as two lines.
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it, vi } from "vitest";
import { projectRoot } from "@/test/processes";

// Like the real programs (workers/shutdown.ts, web/server.ts), a repeat of the first signal within 2 s is ignored:
// a group-wide Ctrl-C reaches them directly and again from their supervisor.
const standIn = (name: string) =>
  `let first = null; const stop = (signal) => { if (first !== null && Date.now() - first < 2000) return;` +
  ` first = Date.now(); console.log("${name} stopping pid=" + process.pid + " on " + signal);` +
  ` setTimeout(() => process.exit(0), 300); };` +
  `process.on("SIGTERM", stop); process.on("SIGINT", stop);` +
  `console.log("${name} running pid=" + process.pid); setInterval(() => {}, 1000);`;
/** A process that cannot start (a taken port, a bad flag): fails at once, every time. */
const failing = (name: string) => `console.log("${name} failing"); process.exit(3);`;

const scriptFor = (web: string) =>
  [
    // As start.sh runs it (scripts/lib.sh sets these).
    "set -euo pipefail",
    "source scripts/supervise.sh",
    `supervise workers node -e '${standIn("workers")}' &`,
    `supervise web node -e '${web}' &`,
    "wait_for_supervisors",
  ].join("\n");

function startSupervisor(web = standIn("web"), env: Record<string, string> = {}) {
  // Its own process group, as under a terminal or systemd: a signal to the group reaches every process in it.
  const child = spawn("bash", ["-c", scriptFor(web)], {
    cwd: projectRoot,
    detached: true,
    env: { ...process.env, ...env },
  });
  let output = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  /** Resolves with the match once the output matches `pattern` (from `from` on), or fails after `timeoutMs`. */
  const waitFor = (pattern: RegExp, from = 0, timeoutMs = 15_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = output.slice(from).match(pattern);
        if (!match) return;
        cleanup();
        resolve(match);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });
  return { child, exited, waitFor, output: () => output };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let started: ReturnType<typeof startSupervisor> | null = null;

/** The supervisor with both stand-ins running: their pids, and bash's (the process group's leader). */
async function startBoth() {
  started = startSupervisor();
  const supervisor = started;
  const workersPid = Number((await supervisor.waitFor(/workers running pid=(\d+)/))[1]);
  const webPid = Number((await supervisor.waitFor(/web running pid=(\d+)/))[1]);
  const pid = supervisor.child.pid;
  if (pid === undefined) throw new Error("bash did not start");
  return { supervisor, workersPid, webPid, pid };
}
afterEach(() => {
  if (!started) return;
  // Everything shares bash's process group; the stand-ins are also killed by pid, in case a test left the group.
  const pids = [...started.output().matchAll(/running pid=(\d+)/g)].map((match) => Number(match[1]));
  for (const pid of [-(started.child.pid ?? 0), ...pids]) {
    try {
      if (pid !== 0) process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  started = null;
});

describe("scripts/supervise.sh, as start.sh uses it", () => {
  it("restarts a killed web process with backoff and says so, leaving the workers process untouched", async () => {
    const { supervisor, workersPid, webPid } = await startBoth();

    const mark = supervisor.output().length;
    process.kill(webPid, "SIGKILL");
    await supervisor.waitFor(/web exited with status 137; restarting it in 1 s \(restart 1\)/, mark);
    const restartedPid = Number((await supervisor.waitFor(/web running pid=(\d+)/, mark))[1]);
    expect(restartedPid).not.toBe(webPid);
    expect(isAlive(restartedPid)).toBe(true);
    // The workers process is the same one, still running, and was never asked to stop.
    expect(isAlive(workersPid)).toBe(true);
    expect(supervisor.output()).not.toMatch(/workers stopping|workers exited/);

    // A second crash waits longer (backoff).
    const second = supervisor.output().length;
    process.kill(restartedPid, "SIGKILL");
    await supervisor.waitFor(/web exited with status 137; restarting it in 2 s \(restart 2\)/, second);

    // SIGTERM to start.sh stops both processes, and nothing is restarted.
    await supervisor.waitFor(/web running pid=\d+/, second);
    supervisor.child.kill("SIGTERM");
    expect(await supervisor.exited).toBe(0);
    expect(supervisor.output()).toMatch(new RegExp(`workers stopping pid=${workersPid}`));
    expect(supervisor.output()).toMatch(/web stopping pid=\d+/);
    expect(supervisor.output().match(/restarting it/g)).toHaveLength(2);
    expect(isAlive(workersPid)).toBe(false);
  }, 30_000);

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`stops each process exactly once, gracefully, on a ${signal} to the whole process group`, async () => {
      const { supervisor, workersPid, webPid, pid } = await startBoth();

      // What Ctrl-C in a terminal, or systemd's KillMode=control-group, does.
      process.kill(-pid, signal);
      expect(await supervisor.exited).toBe(0);
      const output = supervisor.output();
      // One graceful stop each (the group's signal and the supervisor's copy of it count once), and a clean exit.
      expect(output.match(/workers stopping/g)).toEqual(["workers stopping"]);
      expect(output.match(/web stopping/g)).toEqual(["web stopping"]);
      expect(output).toMatch(new RegExp(`workers stopping pid=${workersPid} on SIG(INT|TERM)`));
      expect(output).toMatch(new RegExp(`web stopping pid=${webPid} on SIG(INT|TERM)`));
      expect(output).not.toMatch(/exited with status|restarting it/);
      expect(isAlive(workersPid)).toBe(false);
      expect(isAlive(webPid)).toBe(false);
    }, 30_000);
  }

  it("gives up on a process that keeps failing at once, stops the other one and exits non-zero", async () => {
    started = startSupervisor(failing("web"), { SUPERVISE_FAST_FAILURES: "2" });
    const supervisor = started;
    const workersPid = Number((await supervisor.waitFor(/workers running pid=(\d+)/))[1]);

    expect(await supervisor.exited).toBe(1);
    const output = supervisor.output();
    expect(output).toMatch(/web exited with status 3; restarting it in 1 s \(restart 1\)/);
    expect(output).toMatch(/web exited with status 3 2 times in a row within 10 s of starting: giving up/);
    expect(output.match(/web failing/g)).toHaveLength(2);
    // The workers process is stopped gracefully, once, and not restarted.
    expect(output.match(/workers stopping/g)).toEqual(["workers stopping"]);
    expect(output).toMatch(new RegExp(`workers stopping pid=${workersPid} on SIGTERM`));
    expect(output.match(/workers running/g)).toHaveLength(1);
    expect(isAlive(workersPid)).toBe(false);
  }, 30_000);

  it("does not restart a process once start.sh itself is gone (SIGKILL leaves the loops orphaned)", async () => {
    const { supervisor, workersPid, webPid, pid } = await startBoth();

    process.kill(pid, "SIGKILL");
    await supervisor.exited;
    const mark = supervisor.output().length;
    process.kill(webPid, "SIGKILL");
    await supervisor.waitFor(/web exited with status 137 and start.sh is gone: not restarting it/, mark);
    expect(supervisor.output().slice(mark)).not.toMatch(/web running|restarting it in/);
    // The workers process keeps running until someone stops it (the test's cleanup does), unsignalled so far.
    expect(isAlive(workersPid)).toBe(true);
  }, 30_000);

  it("leaves no process behind when the whole group is killed (a closed terminal, Playwright's SIGKILL)", async () => {
    const { supervisor, workersPid, webPid, pid } = await startBoth();

    process.kill(-pid, "SIGKILL");
    await supervisor.exited;
    await vi.waitFor(() => expect([isAlive(workersPid), isAlive(webPid)]).toEqual([false, false]), {
      timeout: 5_000,
      interval: 50,
    });
  }, 30_000);
});
