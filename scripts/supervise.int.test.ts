// Issue 13: a crash of one process must not stop the other. scripts/start.sh runs the web app and the workers with
// scripts/supervise.sh; here the same two functions run two stand-ins (a "web" and a "workers" process that report
// their pid and whether they were asked to stop). Killing the web process restarts it, with a line in the log,
// while the workers process is neither restarted nor signalled. Every wait is on output, bounded in time.
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { projectRoot } from "@/test/processes";

const standIn = (name: string) =>
  `process.on("SIGTERM", () => { console.log("${name} stopping pid=" + process.pid); process.exit(0); });` +
  `console.log("${name} running pid=" + process.pid); setInterval(() => {}, 1000);`;

const script = [
  "source scripts/supervise.sh",
  `supervise workers node -e '${standIn("workers")}' &`,
  `supervise web node -e '${standIn("web")}' &`,
  "wait_for_supervisors",
].join("\n");

function startSupervisor() {
  // Its own process group, so a failed test can stop the supervisors and the stand-ins together.
  const child = spawn("bash", ["-c", script], { cwd: projectRoot, detached: true });
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
afterEach(() => {
  const pid = started?.child.pid;
  if (pid !== undefined && started?.child.exitCode === null) process.kill(-pid, "SIGKILL");
});

describe("scripts/supervise.sh, as start.sh uses it", () => {
  it("restarts a killed web process with backoff and says so, leaving the workers process untouched", async () => {
    started = startSupervisor();
    const supervisor = started;
    const workersPid = Number((await supervisor.waitFor(/workers running pid=(\d+)/))[1]);
    const webPid = Number((await supervisor.waitFor(/web running pid=(\d+)/))[1]);

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
});
