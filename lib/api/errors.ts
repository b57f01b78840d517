import { ZodError } from "zod";
import { isDatasetInputError, statusForDatasetError } from "@/lib/datasets/errors";

/** An expected failure with a status, a stable code and a message that is safe to show to the caller. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type TErrorBody = { error: { code: string; message: string; details?: unknown } };

/** Maps any thrown value to the API's error shape; unexpected errors are logged and masked. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) return errorJson(error.status, error.code, error.message, error.details);
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const first = details[0];
    const message = first
      ? `Invalid request: ${first.path ? `${first.path}: ` : ""}${first.message}`
      : "Invalid request";
    return errorJson(422, "invalid_request", message, details);
  }
  if (isDatasetInputError(error)) {
    const { file, line, row, column, details } = error;
    return errorJson(statusForDatasetError(error.code), error.code, error.message, {
      file,
      line,
      row,
      column,
      ...details,
    });
  }
  console.error("[api] unexpected error", error);
  return errorJson(500, "internal_error", "Something went wrong on the server. The error was logged.");
}

export function errorJson(status: number, code: string, message: string, details?: unknown): Response {
  const body: TErrorBody = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
