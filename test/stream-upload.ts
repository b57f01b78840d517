// A client that uploads a dataset the way a slow browser or script does, a chunk at a time, and notes how much of
// the body it had sent when the answer came: the proof that a server answers (413, 401) while the upload is still
// arriving instead of after buffering it whole.
import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";

export type TStreamedUpload = {
  status: number;
  body: { error?: { code: string; message: string; details?: unknown } };
  /** Body bytes handed to the socket when the response arrived. */
  sentBeforeAnswer: number;
  /** True when the whole body had been sent before the answer came. */
  finishedBeforeAnswer: boolean;
};

type TOptions = {
  headers?: Record<string, string>;
  fields: Record<string, string>;
  /** Body bytes to send at most (a CSV of that size); a server that buffers answers only after all of it. */
  bodyBytes: number;
  /** Declare a Content-Length (the whole body's) instead of sending the body chunked. */
  declaredLength?: number;
};

export function streamUpload(url: string, options: TOptions): Promise<TStreamedUpload> {
  const boundary = `----evalboard-stream-${randomUUID()}`;
  let head = "";
  for (const [name, value] of Object.entries(options.fields)) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  }
  head += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="large.csv"\r\n`;
  head += "Content-Type: text/csv\r\n\r\ntext,label\n";
  const tail = `\r\n--${boundary}--\r\n`;
  const chunk = Buffer.from("An abstract of a medical paper that is long enough to count,neoplasms\n".repeat(1024));
  const headers: Record<string, string> = {
    "content-type": `multipart/form-data; boundary=${boundary}`,
    ...options.headers,
  };
  if (options.declaredLength !== undefined) headers["content-length"] = String(options.declaredLength);

  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: "POST", headers });
    let sent = 0;
    let finished = false;
    let answered = false;
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    request.on("response", (response) => {
      answered = true;
      const result = { status: response.statusCode ?? 0, sentBeforeAnswer: sent, finishedBeforeAnswer: finished };
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (part: string) => (text += part));
      response.on("end", () => {
        request.destroy();
        resolve({ ...result, body: text ? (JSON.parse(text) as TStreamedUpload["body"]) : {} });
      });
    });
    // One chunk per turn of the event loop, so the response is seen as soon as it arrives.
    const pump = () => {
      if (answered) return;
      if (sent >= options.bodyBytes) {
        // Everything sent: a server that waited for the whole body answers now, and the caller sees it did.
        finished = true;
        request.end(tail);
        return;
      }
      sent += chunk.length;
      if (request.write(chunk)) setImmediate(pump);
      else request.once("drain", pump);
    };
    request.write(head);
    pump();
  });
}
