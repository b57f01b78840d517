// Better Auth's own routes are public in the policy (sign-in must be), so the ones that matter are checked here
// through the real handler: tokens need their owner's session and user management needs an admin. The sign-in rate
// limits are in sign-in-limits.int.test.ts.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestAccount, type TTestAccount } from "@/test/accounts";
import { auth } from "./server";

const ORIGIN = "http://127.0.0.1:3000";

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return auth.handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

const accounts = {} as Record<"viewer" | "analyst" | "admin", TTestAccount>;

beforeAll(async () => {
  accounts.viewer = await createTestAccount("viewer");
  accounts.analyst = await createTestAccount("analyst");
  accounts.admin = await createTestAccount("admin");
});

describe("personal API tokens", () => {
  it("are created for the signed-in user only, shown once and stored as a hash", async () => {
    expect((await post("/api-key/create", { name: "anon" })).status).toBe(401);
    const response = await post("/api-key/create", { name: "ci" }, { cookie: accounts.viewer.cookie });
    expect(response.status).toBe(200);
    const created = (await response.json()) as { id: string; key: string };
    expect(created.key).toMatch(/^evb_[A-Za-z]{64}$/);
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.referenceId).toBe(accounts.viewer.userId);
    expect(row.key).not.toContain(created.key.slice(4));
    const forOther = await post(
      "/api-key/create",
      { name: "x", userId: accounts.admin.userId },
      { cookie: accounts.viewer.cookie },
    );
    expect(forOther.status).toBe(401);
  });

  it("are created only from the app's own origin, judged on the Host the browser sent", async () => {
    // Next hands route handlers http://localhost:... for a browser on 127.0.0.1: the Host header tells the truth.
    const create = (origin: string) =>
      auth.handler(
        new Request("http://localhost:3000/api/auth/api-key/create", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            host: "127.0.0.1:3000",
            origin,
            cookie: accounts.viewer.cookie,
          },
          body: JSON.stringify({ name: "origin check" }),
        }),
      );
    expect((await create("https://evil.example")).status).toBe(403);
    expect((await create("http://127.0.0.1:3000")).status).toBe(200);
  });

  it("cannot be revoked by another user", async () => {
    const own = await prisma.apiToken.findFirstOrThrow({ where: { referenceId: accounts.analyst.userId } });
    const byOther = await post("/api-key/delete", { keyId: own.id }, { cookie: accounts.viewer.cookie });
    expect(byOther.status).toBe(404);
    expect(await prisma.apiToken.count({ where: { id: own.id } })).toBe(1);
  });
});

describe("user management", () => {
  it("is for admins only", async () => {
    const body = { email: `new-${randomUUID()}@test.evalboard.local`, password: "long password 1", name: "N" };
    expect((await post("/admin/create-user", body)).status).toBe(401);
    expect((await post("/admin/create-user", body, { cookie: accounts.viewer.cookie })).status).toBe(403);
    expect((await post("/admin/create-user", body, { cookie: accounts.analyst.cookie })).status).toBe(403);
    const setRole = { userId: accounts.viewer.userId, role: "admin" };
    expect((await post("/admin/set-role", setRole, { cookie: accounts.analyst.cookie })).status).toBe(403);
    const created = await post("/admin/create-user", { ...body, role: "analyst" }, { cookie: accounts.admin.cookie });
    expect(created.status).toBe(200);
    expect(((await created.json()) as { user: { role: string } }).user.role).toBe("analyst");
  });

  it("refuses roles that do not exist and impersonation", async () => {
    const bad = await post(
      "/admin/set-role",
      { userId: accounts.viewer.userId, role: "owner" },
      { cookie: accounts.admin.cookie },
    );
    expect(bad.status).toBe(400);
    const impersonate = await post(
      "/admin/impersonate-user",
      { userId: accounts.viewer.userId },
      { cookie: accounts.admin.cookie },
    );
    expect(impersonate.status).toBe(403);
  });

  it("never leaves the install without an admin: admins cannot demote, ban or remove themselves", async () => {
    const own = await createTestAccount("admin");
    const other = await createTestAccount("admin");
    const attempts = [
      ["/admin/set-role", { userId: own.userId, role: "viewer" }],
      ["/admin/update-user", { userId: own.userId, data: { role: "analyst" } }],
      ["/admin/ban-user", { userId: own.userId }],
      ["/admin/remove-user", { userId: own.userId }],
    ] as const;
    for (const [path, body] of attempts) {
      const response = await post(path, body, { cookie: own.cookie });
      expect(response.status, path).toBe(400);
    }
    const refused = await post("/admin/set-role", { userId: own.userId, role: "viewer" }, { cookie: own.cookie });
    expect(await refused.json()).toMatchObject({ message: expect.stringMatching(/own role/) });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: own.userId } })).toMatchObject({
      role: "admin",
      banned: false,
    });
    // Another admin, who stays one, may.
    const byOther = await post("/admin/set-role", { userId: own.userId, role: "viewer" }, { cookie: other.cookie });
    expect(byOther.status).toBe(200);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: own.userId } })).role).toBe("viewer");
  });

  it("leaves public sign-up closed", async () => {
    const body = { email: `self-${randomUUID()}@test.evalboard.local`, password: "long password 1", name: "Self" };
    expect((await post("/sign-up/email", body)).status).toBeGreaterThanOrEqual(400);
    expect(await prisma.user.count({ where: { email: body.email } })).toBe(0);
  });
});

describe("sign-in", () => {
  it("hashes passwords with scrypt, never storing them", async () => {
    const account = await prisma.account.findFirstOrThrow({ where: { userId: accounts.viewer.userId } });
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(account.password).not.toContain(accounts.viewer.password);
  });
});
