import { randomUUID } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";

/** The built-in provider keeps fine-tuning files in Postgres: small ones only (OpenAI's limit is far higher). */
export const MAX_LOCAL_FILE_BYTES = 8 * 1024 * 1024;

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** POST /api/local/v1/files: a multipart form with `purpose` and `file`, as the OpenAI SDK sends it. */
export async function createLocalFile(db: TDb, request: Request) {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_LOCAL_FILE_BYTES) {
    throw new ApiError(
      413,
      "file_too_large",
      `The built-in provider accepts files up to ${MAX_LOCAL_FILE_BYTES} bytes.`,
    );
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ApiError(400, "invalid_request", "Send a multipart form with the fields purpose and file.");
  }
  const purpose = form.get("purpose");
  const file = form.get("file");
  if (purpose !== "fine-tune") throw new ApiError(400, "invalid_request", 'purpose: only "fine-tune" is supported.');
  if (!(file instanceof File)) throw new ApiError(400, "invalid_request", "file: a file is required.");
  if (file.size > MAX_LOCAL_FILE_BYTES) {
    throw new ApiError(
      413,
      "file_too_large",
      `The built-in provider accepts files up to ${MAX_LOCAL_FILE_BYTES} bytes.`,
    );
  }
  const content = await file.text();
  if (content.includes("\u0000")) throw new ApiError(400, "invalid_file", "The file contains NUL characters.");
  const row = await db.localFineTuneFile.create({
    data: { id: `file-${randomUUID()}`, purpose, filename: file.name.slice(0, 200), bytes: file.size, content },
  });
  return {
    object: "file" as const,
    id: row.id,
    bytes: row.bytes,
    created_at: seconds(row.createdAt),
    filename: row.filename,
    purpose: row.purpose,
    status: "processed" as const,
  };
}
