import { randomUUID } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { basename } from "node:path";

export type TUploadResult = { status: number; body: string; seconds: number };

/**
 * Uploads a file as multipart/form-data the way a browser does: the text fields first, the file streamed from disk
 * (never held in memory), and a Content-Length for the whole body.
 */
export async function uploadOverHttp(
  url: string,
  fields: Record<string, string>,
  filePath: string,
  headers: Record<string, string> = {},
): Promise<TUploadResult> {
  const boundary = `----evalboard-bench-${randomUUID()}`;
  let head = "";
  for (const [name, value] of Object.entries(fields)) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  }
  head += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${basename(filePath)}"\r\n`;
  head += "Content-Type: text/csv\r\n\r\n";
  const tail = `\r\n--${boundary}--\r\n`;
  const length = Buffer.byteLength(head) + statSync(filePath).size + Buffer.byteLength(tail);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      method: "POST",
      headers: {
        ...headers,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(length),
      },
    });
    request.on("error", reject);
    request.on("response", (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, body, seconds: (performance.now() - started) / 1000 }),
      );
    });
    request.write(head);
    const file = createReadStream(filePath);
    file.on("error", reject);
    file.pipe(request, { end: false });
    file.on("end", () => request.end(tail));
  });
}
