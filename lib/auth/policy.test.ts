import { describe, expect, it } from "vitest";
import { matchesPattern, requiredAccess } from "./policy";

const signedIn = (role: string, localModelKey = false) => ({ kind: "signed-in", role, localModelKey });

describe("requiredAccess", () => {
  it("leaves only health, Better Auth and the sign-in screens public", () => {
    expect(requiredAccess("/api/health", "GET")).toEqual({ kind: "public" });
    expect(requiredAccess("/api/auth/sign-in/email", "POST")).toEqual({ kind: "public" });
    expect(requiredAccess("/sign-in", "GET")).toEqual({ kind: "public" });
    expect(requiredAccess("/setup", "POST")).toEqual({ kind: "public" });
    expect(requiredAccess("/api/healthz", "GET")).toEqual(signedIn("viewer"));
    expect(requiredAccess("/sign-in/extra", "GET")).toEqual(signedIn("viewer"));
  });

  it("lets viewers read and analysts change anything not listed (deny by default)", () => {
    expect(requiredAccess("/api/runs", "GET")).toEqual(signedIn("viewer"));
    expect(requiredAccess("/api/runs", "POST")).toEqual(signedIn("analyst"));
    expect(requiredAccess("/api/some-future-route/1", "DELETE")).toEqual(signedIn("analyst"));
    expect(requiredAccess("/", "HEAD")).toEqual(signedIn("viewer"));
  });

  it("keeps endpoints and users for admins", () => {
    expect(requiredAccess("/api/endpoints", "GET")).toEqual(signedIn("viewer"));
    expect(requiredAccess("/api/endpoints", "POST")).toEqual(signedIn("admin"));
    expect(requiredAccess("/api/endpoints/abc/test", "POST")).toEqual(signedIn("admin"));
    expect(requiredAccess("/models/new", "GET")).toEqual(signedIn("admin"));
    expect(requiredAccess("/judgings/new", "GET")).toEqual(signedIn("analyst"));
    expect(requiredAccess("/settings/users", "GET")).toEqual(signedIn("admin"));
    expect(requiredAccess("/settings/tokens", "POST")).toEqual(signedIn("viewer"));
  });

  it("accepts the workers' key on the local models only", () => {
    expect(requiredAccess("/api/local/v1/chat/completions", "POST")).toEqual(signedIn("analyst", true));
    expect(requiredAccess("/api/local/v1/models", "GET")).toEqual(signedIn("viewer", true));
  });

  it("is not fooled by doubled or trailing slashes", () => {
    expect(requiredAccess("/api//endpoints/", "POST")).toEqual(signedIn("admin"));
    expect(requiredAccess("/api/health/", "GET")).toEqual({ kind: "public" });
  });

  it("decodes percent-encoded segments, and sends undecodable ones to admins only", () => {
    expect(requiredAccess("/api/%65ndpoints", "POST")).toEqual(signedIn("admin"));
    expect(requiredAccess("/settings/user%73", "GET")).toEqual(signedIn("admin"));
    expect(requiredAccess("/models/ne%77", "GET")).toEqual(signedIn("admin"));
    expect(requiredAccess("/api/%68ealth", "GET")).toEqual({ kind: "public" });
    for (const path of ["/api/%E0%A4%A", "/api/auth%2F..%2Fendpoints", "/api/auth/%2e%2e/endpoints", "/x%5Cy"]) {
      expect(requiredAccess(path, "GET"), path).toEqual(signedIn("admin"));
    }
  });
});

describe("matchesPattern", () => {
  it("matches one segment with * and a whole subtree with a trailing **", () => {
    expect(matchesPattern("/models/*/edit", "/models/1/edit")).toBe(true);
    expect(matchesPattern("/models/*/edit", "/models/1/2/edit")).toBe(false);
    expect(matchesPattern("/api/auth/**", "/api/auth")).toBe(true);
    expect(matchesPattern("/api/auth/**", "/api/authx")).toBe(false);
    expect(matchesPattern("/api/auth/**", "/api/auth/a/b")).toBe(true);
  });
});
