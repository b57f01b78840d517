import { describe, expect, it } from "vitest";
import { quoteIdentifier, readDatabaseName, readSchemaParam, withDatabaseName } from "#engine/database-url";

describe("withDatabaseName", () => {
  it("swaps only the database, keeping credentials, host, port and parameters", () => {
    const url = "postgresql://app:s%40cret@db.local:6543/evalboard?schema=eval&sslmode=disable";
    const shadow = new URL(withDatabaseName(url, "prisma_shadow_1"));
    expect(shadow.pathname).toBe("/prisma_shadow_1");
    expect(shadow.username).toBe("app");
    expect(decodeURIComponent(shadow.password)).toBe("s@cret");
    expect(shadow.host).toBe("db.local:6543");
    expect(shadow.searchParams.get("schema")).toBe("eval");
    expect(shadow.searchParams.get("sslmode")).toBe("disable");
  });

  it("round-trips names that need escaping", () => {
    expect(readDatabaseName(withDatabaseName("postgresql://u@h/x", "my db/1"))).toBe("my db/1");
  });
});

describe("readDatabaseName", () => {
  it("falls back to the user name, as Postgres does", () => {
    expect(readDatabaseName("postgresql://alice@h:5432")).toBe("alice");
    expect(readDatabaseName("postgresql://alice@h:5432/")).toBe("alice");
  });
});

describe("readSchemaParam", () => {
  it("returns the Prisma schema parameter only when present", () => {
    expect(readSchemaParam("postgresql://u@h/db?schema=tenant")).toBe("tenant");
    expect(readSchemaParam("postgresql://u@h/db")).toBeUndefined();
  });
});

describe("quoteIdentifier", () => {
  it("doubles embedded quotes", () => {
    expect(quoteIdentifier('we"ird')).toBe('"we""ird"');
  });
});
