import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "@/test/processes";

const dir = mkdtempSync(join(tmpdir(), "evalboard-dotenv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Sources scripts/lib.sh, loads `dotenv` with `load_dotenv` and prints the named variables as JSON. */
function loadDotenv(dotenv: string, env: Record<string, string>, names: string[]): Record<string, string | null> {
  const file = join(dir, `${names.join("-")}.env`);
  writeFileSync(file, dotenv);
  const script = `source scripts/lib.sh && load_dotenv "$1" && node -e 'console.log(JSON.stringify(Object.fromEntries(process.argv.slice(1).map((n) => [n, process.env[n] ?? null]))))' ${names.join(" ")}`;
  const out = execFileSync("bash", ["-c", script, "bash", file], {
    cwd: projectRoot,
    env: { NODE_ENV: "test", PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, string | null>;
}

describe("load_dotenv (scripts/lib.sh)", () => {
  it("keeps what the environment already sets, even empty, and takes the rest from .env", () => {
    // What `npm run up` writes, loaded under the e2e server's environment: the test admin must survive.
    const dotenv =
      "EVALBOARD_ADMIN_EMAIL=admin@evalboard.local\nEVALBOARD_ADMIN_PASSWORD=from-dotenv\nLOG_LEVEL=debug\n";
    const env = {
      EVALBOARD_ADMIN_EMAIL: "admin@e2e.evalboard.local",
      EVALBOARD_ADMIN_PASSWORD: "e2e password, test only",
    };
    expect(
      loadDotenv(dotenv, { ...env, EVALBOARD_BASE_URL: "" }, [
        "EVALBOARD_ADMIN_EMAIL",
        "EVALBOARD_ADMIN_PASSWORD",
        "EVALBOARD_BASE_URL",
        "LOG_LEVEL",
      ]),
    ).toEqual({ ...env, EVALBOARD_BASE_URL: "", LOG_LEVEL: "debug" });
  });

  it("keeps a value with quotes and a newline intact", () => {
    const value = `two "quoted" words\nand $HOME`;
    expect(loadDotenv("QUOTED=from-dotenv\n", { QUOTED: value }, ["QUOTED"])).toEqual({ QUOTED: value });
  });

  it("does nothing without the file", () => {
    expect(
      execFileSync(
        "bash",
        ["-c", 'source scripts/lib.sh && load_dotenv "$1" && echo loaded', "bash", join(dir, "none")],
        {
          cwd: projectRoot,
          encoding: "utf8",
        },
      ).trim(),
    ).toBe("loaded");
  });
});
