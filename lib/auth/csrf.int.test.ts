// Issue 13, finding 5, through proxy.ts with a real admin session: the CSRF check compares the whole origin, and a
// cookie POST of JSON sent as text/plain with no Origin (it created a run) is refused before any route sees it.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { createTestAccount, type TTestAccount } from "@/test/accounts";

let admin: TTestAccount;
beforeAll(async () => {
  admin = await createTestAccount("admin");
});

const runBody = JSON.stringify({ datasetId: "00000000-0000-0000-0000-000000000000", endpointIds: [] });

function post(headers: Record<string, string>, body: string | null = runBody) {
  return proxy(
    new NextRequest("http://127.0.0.1:3000/api/runs", {
      method: "POST",
      headers: { host: "127.0.0.1:3000", ...headers },
      body,
    }),
  );
}

const passedThrough = (response: Response) => response.headers.get("x-middleware-next") === "1";

async function refusal(response: Response) {
  expect(response.status).toBe(403);
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe("the CSRF check in proxy.ts", () => {
  it("refuses an Origin that differs from the app's in scheme or port, with a session cookie", async () => {
    const json = { cookie: admin.cookie, "content-type": "application/json" };
    expect(await refusal(await post({ ...json, origin: "https://127.0.0.1:3000" }))).toBe("cross_site_request");
    expect(await refusal(await post({ ...json, origin: "http://127.0.0.1:3001" }))).toBe("cross_site_request");
    expect(passedThrough(await post({ ...json, origin: "http://127.0.0.1:3000" }))).toBe(true);
  });

  it("refuses a cookie POST without Origin whose JSON is declared as text/plain or a form", async () => {
    for (const type of ["text/plain;charset=UTF-8", "application/x-www-form-urlencoded"]) {
      expect(await refusal(await post({ cookie: admin.cookie, "content-type": type }))).toBe("cross_site_request");
    }
    expect(passedThrough(await post({ cookie: admin.cookie, "content-type": "application/json" }))).toBe(true);
    // Nothing to misread without a body (cancel, resume), and token callers carry no ambient credentials.
    expect(passedThrough(await post({ cookie: admin.cookie }, null))).toBe(true);
    const byToken = { authorization: `Bearer ${admin.token}`, "content-type": "text/plain" };
    expect(passedThrough(await post(byToken))).toBe(true);
  });
});
