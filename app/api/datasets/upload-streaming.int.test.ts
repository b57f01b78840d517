// The upload limit and the sign-in check hold while the body streams, over a real HTTP connection: the answer
// comes while the client is still sending, not after the whole upload was read or held in memory. (The same over
// the built app, through Next itself: e2e/upload-streaming.spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveRoute } from "@/bench/datasets/serve-route";
import { apiRoute } from "@/lib/api/route";
import { countStored, removeDatasets, uniqueDatasetName } from "@/test/datasets-fixtures";
import { UPLOAD_ROUTE } from "@/lib/datasets/upload-route";
import { handleUpload } from "@/lib/datasets/upload";
import { createTestAccount, type TTestAccount } from "@/test/accounts";
import { streamUpload } from "@/test/stream-upload";

const LIMIT = 1024 * 1024;
const BODY_BYTES = 64 * 1024 * 1024;

// The upload route's own composition (apiRoute, selfAuthorized, handleUpload) with a 1 MB limit.
const limitedUpload = apiRoute(UPLOAD_ROUTE, ({ request }) => handleUpload({ maxBytes: LIMIT })(request));

const names: string[] = [];
let server: Awaited<ReturnType<typeof serveRoute>>;
let analyst: TTestAccount;
let viewer: TTestAccount;

beforeAll(async () => {
  server = await serveRoute(limitedUpload);
  analyst = await createTestAccount("analyst");
  viewer = await createTestAccount("viewer");
});
afterAll(async () => {
  await server.close();
  await removeDatasets(names);
});

function upload(headers: Record<string, string>) {
  const name = uniqueDatasetName("streamed");
  names.push(name);
  const fields = { name, task: "CLASSIFICATION" };
  return { name, sent: streamUpload(`${server.url}/api/datasets`, { headers, fields, bodyBytes: BODY_BYTES }) };
}

describe("a streamed upload over HTTP", () => {
  it("past the limit gets 413 while the client is still sending, and stores nothing", async () => {
    const { name, sent } = upload({ authorization: `Bearer ${analyst.token}` });
    const result = await sent;
    expect(result.status, JSON.stringify(result.body)).toBe(413);
    expect(result.body.error).toMatchObject({ code: "too_large", details: { limitBytes: LIMIT } });
    expect(result.finishedBeforeAnswer).toBe(false);
    // The limit plus what the sockets hold, not the 64 MB the client had to send.
    expect(result.sentBeforeAnswer).toBeLessThan(8 * LIMIT);
    expect(await countStored(name)).toEqual({ datasets: 0, samples: 0 });
  });

  it("from a caller who may not upload is refused before the body is read", async () => {
    for (const [headers, status] of [
      [{}, 401],
      [{ authorization: `Bearer ${viewer.token}` }, 403],
    ] as const) {
      const { name, sent } = upload(headers);
      const result = await sent;
      expect(result.status).toBe(status);
      expect(result.finishedBeforeAnswer).toBe(false);
      // What the sockets take in while the caller is looked up, not the 64 MB.
      expect(result.sentBeforeAnswer).toBeLessThan(8 * LIMIT);
      expect(await countStored(name)).toEqual({ datasets: 0, samples: 0 });
    }
  });
});
