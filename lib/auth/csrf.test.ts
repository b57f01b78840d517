import { describe, expect, it } from "vitest";
import { isCrossSiteMutation, readBearerToken } from "./csrf";

const request = (method: string, headers: Record<string, string>) => ({
  method,
  headers: new Headers({ host: "127.0.0.1:3000", ...headers }),
});

describe("isCrossSiteMutation", () => {
  it("refuses a browser's cross-site POST, by Sec-Fetch-Site or by Origin", () => {
    expect(isCrossSiteMutation(request("POST", { "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteMutation(request("DELETE", { "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSiteMutation(request("POST", { origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteMutation(request("POST", { origin: "null" }))).toBe(true);
  });

  it("lets same-origin requests, reads and non-browser clients through", () => {
    expect(isCrossSiteMutation(request("POST", { "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteMutation(request("PATCH", { origin: "http://127.0.0.1:3000" }))).toBe(false);
    expect(isCrossSiteMutation(request("GET", { "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isCrossSiteMutation(request("POST", {}))).toBe(false);
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
