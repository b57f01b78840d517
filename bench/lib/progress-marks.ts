import { readFileSync } from "node:fs";

/** One observation of a run: samples done and the workers process's resident memory, `at` ms after creation. */
export type TMark = { at: number; done: number; rssMb: number };

/** Current resident set size of a process (VmRSS), in MB. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** Samples done `at` ms after creation, interpolated between the two marks around it. */
export function doneAt(marks: readonly TMark[], at: number): number | null {
  const after = marks.findIndex((mark) => mark.at >= at);
  if (after === -1) return null;
  const next = marks[after]!;
  const previous = after > 0 ? marks[after - 1]! : { at: 0, done: 0 };
  if (next.at === previous.at) return next.done;
  return Math.round(previous.done + ((next.done - previous.done) * (at - previous.at)) / (next.at - previous.at));
}

/**
 * "Time to full speed": samples done 1 s, 2 s, 5 s and 10 s after the run was created, each with its rate, so a
 * start-up cost that grows with the run shows.
 */
export function describeStart(marks: readonly TMark[], finishedAt: number, total: number): string {
  const parts = [1_000, 2_000, 5_000, 10_000]
    .filter((window) => window < finishedAt)
    .map((window) => {
      const done = doneAt(marks, window) ?? total;
      return `${done.toLocaleString("en-US")} at ${window / 1000} s (${Math.round((done * 1000) / window)}/s)`;
    });
  return [...parts, `all ${total.toLocaleString("en-US")} in ${(finishedAt / 1000).toFixed(1)} s`].join(", ");
}

/**
 * When the run first did `share` of its steady rate (samples per second) over the second before: ms after creation,
 * or null if it never did.
 */
export function timeToRate(marks: readonly TMark[], steadyPerSecond: number, share = 0.9): number | null {
  const hit = marks.find((mark) => {
    if (mark.at < 1_000) return false;
    const before = doneAt(marks, mark.at - 1_000) ?? 0;
    return mark.done - before >= share * steadyPerSecond;
  });
  return hit?.at ?? null;
}

/** Resident memory at 25/50/75/100% of the samples: a run whose state grows with its size shows a climb. */
export function describeRssGrowth(marks: readonly TMark[], total: number): string {
  return [0.25, 0.5, 0.75, 1]
    .map((share) => {
      const mark = marks.find((candidate) => candidate.done >= total * share) ?? marks.at(-1);
      return mark ? `${Math.round(mark.rssMb)}` : "?";
    })
    .join(" → ");
}
