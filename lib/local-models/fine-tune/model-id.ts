import { z } from "zod";

/** Job ids "ftjob-<uuid>", fine-tuned model ids "ft:<base model>:<suffix>:<uuid>" (OpenAI's shape). */
export const ZLocalJobId = z.string().regex(/^ftjob-[0-9a-f-]{36}$/);
export const ZLocalFileId = z.string().regex(/^file-[0-9a-f-]{36}$/);

export function formatFineTunedModel(baseModel: string, suffix: string | null, jobId: string): string {
  return `ft:${baseModel}:${suffix ?? "evalboard"}:${jobId.slice("ftjob-".length)}`;
}

/** The job behind a fine-tuned model id; null for any other model name. */
export function parseFineTunedModel(model: string): string | null {
  const match = /^ft:.+:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(model);
  return match ? `ftjob-${match[1]}` : null;
}
