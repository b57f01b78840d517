/** The lists of jobs (runs, judgings): newest first, at most `limit` (200 unless asked). */
export function newestJobsFirst(limit: number | undefined) {
  return { orderBy: { createdAt: "desc" as const }, take: limit ?? 200 };
}

/** The columns every list of jobs shows, whatever its kind (a Prisma `select`). */
export const JOB_LIST_COLUMNS = { id: true, status: true, total: true, createdAt: true, errorMessage: true } as const;
