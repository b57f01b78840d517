import { describe, expect, it } from "vitest";
import { parseEngineArgs } from "#engine/args";

const datasource = JSON.stringify({ url: "postgresql://u@h:5432/db", shadowDatabaseUrl: "postgresql://u@h:5432/sh" });

describe("parseEngineArgs", () => {
  it("recognises --version wherever it appears", () => {
    expect(parseEngineArgs(["--version"])).toEqual({ kind: "version" });
    expect(parseEngineArgs(["--datasource", datasource, "--version"])).toEqual({ kind: "version" });
  });

  it("reads a cli subcommand with its datasource", () => {
    expect(parseEngineArgs(["--datasource", datasource, "cli", "create-database"])).toEqual({
      kind: "cli",
      command: "create-database",
      datasource: { url: "postgresql://u@h:5432/db", shadowDatabaseUrl: "postgresql://u@h:5432/sh" },
    });
  });

  it("rejects a cli subcommand the stand-in does not implement", () => {
    expect(() => parseEngineArgs(["--datasource", datasource, "cli", "frobnicate"])).toThrow(/frobnicate/);
  });

  it("collects every --datamodels path in order and skips flags it ignores", () => {
    const args = parseEngineArgs([
      "--datamodels",
      "/a/schema.prisma",
      "--datamodels",
      "/a/more.prisma",
      "--enabled-preview-features",
      "views",
      "--datasource",
      JSON.stringify({ url: "postgresql://u@h/db" }),
    ]);
    expect(args).toEqual({
      kind: "rpc",
      datamodelPaths: ["/a/schema.prisma", "/a/more.prisma"],
      datasource: { url: "postgresql://u@h/db" },
    });
  });

  it("starts without a datasource when the CLI passes none", () => {
    expect(parseEngineArgs([])).toEqual({ kind: "rpc", datamodelPaths: [], datasource: {} });
  });

  it("rejects a datasource that is not the expected JSON object", () => {
    expect(() => parseEngineArgs(["--datasource", JSON.stringify({ url: 5 })])).toThrow();
  });
});
