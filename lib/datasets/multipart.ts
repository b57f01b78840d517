import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { ApiError } from "@/lib/api/errors";

export type TMultipartUpload = {
  /** The text fields sent before the file part. */
  fields: Record<string, string>;
  fileName: string;
  /** The file part as it arrives: not buffered. Read it to the end, or call `abort`. */
  file: Readable;
  /** Stops reading the request (an error before or while the file is read). */
  abort: (reason?: Error) => void;
};

/** Room for the text fields and the multipart envelope on top of the file itself. */
export const MULTIPART_OVERHEAD_BYTES = 1024 * 1024;

/**
 * Parses a multipart/form-data request with busboy, straight from the request's body stream, and resolves as soon
 * as the file part starts: fields must come first (the browser sends parts in the order they were appended).
 * `request.formData()` would buffer the whole upload, gigabytes included, before the first row could be read.
 */
export function readMultipartUpload(request: Request, options: { maxFields?: number } = {}): Promise<TMultipartUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data") || request.body === null) {
    throw new ApiError(415, "unsupported_media_type", "Send the dataset as multipart/form-data with a `file` part.");
  }
  const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      defParamCharset: "utf8",
      limits: { files: 1, fields: options.maxFields ?? 10, fieldSize: MULTIPART_OVERHEAD_BYTES / 2 },
    });
  } catch {
    throw new ApiError(400, "invalid_multipart", "The multipart/form-data request has no boundary.");
  }
  const fields: Record<string, string> = {};
  let file: Readable | null = null;
  // The rest of the body is read and discarded rather than cut off: a client still sending would otherwise see a
  // reset connection instead of the error response (a declared Content-Length over the limit never gets here).
  const abort = (reason?: Error) => {
    body.unpipe(parser);
    body.resume();
    file?.destroy(reason);
  };

  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      abort(error);
      reject(error);
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) {
        fail(new ApiError(413, "field_too_large", `The field "${name}" is too long.`));
        return;
      }
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== "file") {
        stream.resume();
        fail(new ApiError(422, "invalid_request", `Unexpected file part "${name}"; send the dataset as "file".`));
        return;
      }
      file = stream;
      // The reader sees errors through iteration; this keeps one raised before it starts from crashing the process.
      stream.on("error", () => {});
      resolve({ fields: { ...fields }, fileName: info.filename || "upload.csv", file: stream, abort });
    });
    parser.on("fieldsLimit", () => fail(new ApiError(422, "invalid_request", "Too many form fields.")));
    parser.on("error", (error: Error) => {
      // Reaches the reader of the file part as a 400, whether or not the file has started.
      fail(new ApiError(400, "invalid_multipart", `The multipart/form-data body is malformed: ${error.message}`));
    });
    parser.on("close", () => {
      if (file === null) reject(new ApiError(422, "missing_file", "The request has no `file` part."));
    });
    // A client that goes away: whoever waits (this promise, or the reader of the file part) must hear of it, or
    // the handler would wait forever. A destroyed stream drops data it had not delivered, so busboy may never
    // even see the file part begin.
    body.on("error", () => {
      // The file part hears this error first: destroying busboy would otherwise end it with its own, less clear one.
      fail(new ApiError(400, "upload_interrupted", "The upload was interrupted before it finished."));
      parser.destroy();
    });
    body.pipe(parser);
  });
}
