import type { ErrorRegistry } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { expandExternalErrors, toRpcError } from "#engine/rpc-error";

function createRegistry(errors: unknown[]): ErrorRegistry {
  return { consumeError: (id) => (id in errors ? { error: errors[id] } : undefined) };
}

describe("expandExternalErrors", () => {
  it("replaces each registry reference with the original message", () => {
    const registry = createRegistry([new Error("permission denied to create database"), new Error("second")]);
    const message = "Failed to connect to the shadow database\nExternal error id#0 then External error id#1";
    expect(expandExternalErrors(message, registry)).toBe(
      "Failed to connect to the shadow database\npermission denied to create database then second",
    );
  });

  it("keeps the reference when the registry has nothing for it", () => {
    expect(expandExternalErrors("External error id#7", createRegistry([]))).toBe("External error id#7");
    expect(expandExternalErrors("External error id#0", undefined)).toBe("External error id#0");
  });
});

describe("toRpcError", () => {
  it("passes a Prisma error code through as data.error_code, which the CLI shows as a known error", () => {
    const error = Object.assign(new Error("Error validating: bad schema"), {
      name: "SchemaConnectorError",
      code: "P1012",
    });
    expect(toRpcError(error, undefined).data).toEqual({
      is_panic: false,
      message: "Error validating: bad schema",
      error_code: "P1012",
      meta: undefined,
    });
  });

  it("marks a wasm panic as such, with the panic hook's message rather than 'unreachable'", () => {
    const rpcError = toRpcError(new WebAssembly.RuntimeError("unreachable"), "panicked at engine.rs:1: boom");
    expect(rpcError.data.is_panic).toBe(true);
    expect(rpcError.data.message).toBe("panicked at engine.rs:1: boom");
    expect(rpcError.message).toBe("panicked at engine.rs:1: boom");
  });

  it("describes non-Error throws", () => {
    expect(toRpcError("plain string", undefined).data).toEqual({ is_panic: false, message: "plain string" });
  });
});
