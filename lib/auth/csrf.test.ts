import { describe, expect, it } from "vitest";
import { isCrossSiteMutation, readBearerToken } from "./csrf";

const request = (method: string, headers: Record<string, string>, url = "http://127.0.0.1:3000/api/runs") => ({
  method,
  url,
  headers: new Headers({ host: "127.0.0.1:3000", ...headers }),
});

describe("isCrossSiteMutation", () => {
  it("refuses a browser's cross-site POST, by Sec-Fetch-Site or by Origin", () => {
    expect(isCrossSiteMutation(request("POST", { "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteMutation(request("DELETE", { "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSiteMutation(request("POST", { origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteMutation(request("POST", { origin: "null" }))).toBe(true);
  });

  it("compares the whole origin: scheme, host and port", () => {
    expect(isCrossSiteMutation(request("POST", { origin: "https://127.0.0.1:3000" }))).toBe(true);
    expect(isCrossSiteMutation(request("POST", { origin: "http://127.0.0.1:3001" }))).toBe(true);
    expect(isCrossSiteMutation(request("POST", { origin: "http://127.0.0.1" }))).toBe(true);
    expect(isCrossSiteMutation(request("POST", { origin: "http://127.0.0.1:3000" }))).toBe(false);
    // Behind a TLS proxy the scheme comes from X-Forwarded-Proto (kept only from trusted proxies by web/server.ts).
    const proxied = { "x-forwarded-proto": "https", host: "evalboard.example" };
    expect(isCrossSiteMutation(request("POST", { ...proxied, origin: "https://evalboard.example" }))).toBe(false);
    expect(isCrossSiteMutation(request("POST", { ...proxied, origin: "http://evalboard.example" }))).toBe(true);
    // EVALBOARD_BASE_URL's origin is the app's too.
    const base = ["https://evalboard.example/"];
    expect(isCrossSiteMutation(request("POST", { origin: "https://evalboard.example" }), base)).toBe(false);
  });

  it("lets same-origin requests, reads and non-browser clients through", () => {
    expect(isCrossSiteMutation(request("POST", { "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteMutation(request("PATCH", { origin: "http://127.0.0.1:3000" }))).toBe(false);
    expect(isCrossSiteMutation(request("GET", { "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isCrossSiteMutation(request("POST", {}))).toBe(false);
    expect(isCrossSiteMutation(request("POST", { "content-type": "text/plain" }))).toBe(false);
  });

  it("without Origin, a cookie request's body must be declared JSON or multipart", () => {
    const cookie = { cookie: "evalboard.session_token=x" };
    expect(isCrossSiteMutation(request("POST", { ...cookie, "content-type": "text/plain;charset=UTF-8" }))).toBe(true);
    const form = { ...cookie, "content-type": "application/x-www-form-urlencoded", "content-length": "12" };
    expect(isCrossSiteMutation(request("POST", form))).toBe(true);
    expect(isCrossSiteMutation(request("POST", { ...cookie, "content-type": "application/json" }))).toBe(false);
    const multipart = { ...cookie, "content-type": "multipart/form-data; boundary=x" };
    expect(isCrossSiteMutation(request("POST", multipart))).toBe(false);
    // No body at all (cancel, sign-out): nothing to misread.
    expect(isCrossSiteMutation(request("POST", { ...cookie, "content-length": "0" }))).toBe(false);
    expect(isCrossSiteMutation(request("POST", cookie))).toBe(false);
  });
});

describe("readBearerToken", () => {
  it("reads the token of an Authorization: Bearer header only", () => {
    expect(readBearerToken(new Headers({ authorization: "Bearer evb_abc" }))).toBe("evb_abc");
    expect(readBearerToken(new Headers({ authorization: "bearer  evb_abc " }))).toBe("evb_abc");
    expect(readBearerToken(new Headers({ authorization: "Basic abc" }))).toBeNull();
    expect(readBearerToken(new Headers())).toBeNull();
  });
});
