import type { z } from "zod";
import { CliError } from "./errors";

export type TClient = {
  get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>>;
  post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>>;
  upload<S extends z.ZodType>(path: string, form: FormData, schema: S): Promise<z.output<S>>;
};

/** Per request: a stuck server must not hang a CI job forever. */
const REQUEST_TIMEOUT_MS = 120_000;

/**
 * The REST API with a personal token (Settings → API tokens): EVALBOARD_URL and EVALBOARD_TOKEN. Every response is
 * parsed with the schema the caller names, so a server that drifted from the CLI fails loudly here, not three
 * commands later. An error response becomes a CliError carrying the API's own message.
 */
export function createClient(env: { EVALBOARD_URL?: string; EVALBOARD_TOKEN?: string }): TClient {
  const base = env.EVALBOARD_URL?.trim();
  const token = env.EVALBOARD_TOKEN?.trim();
  if (!base) throw new CliError("Set EVALBOARD_URL to the app's address, e.g. http://127.0.0.1:3000.");
  if (!token) throw new CliError("Set EVALBOARD_TOKEN to a personal API token (Settings → API tokens).");
  let origin: URL;
  try {
    origin = new URL(base);
  } catch {
    throw new CliError(`EVALBOARD_URL is not a URL: ${base}`);
  }

  async function send<S extends z.ZodType>(path: string, init: RequestInit, schema: S): Promise<z.output<S>> {
    const url = new URL(path, origin);
    let response: Response;
    try {
      response = await fetch(url, {
        ...init,
        headers: { authorization: `Bearer ${token}`, accept: "application/json", ...init.headers },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new CliError(`Cannot reach ${url.origin}: ${(error as Error).message}`);
    }
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text === "" ? null : JSON.parse(text);
    } catch {
      throw new CliError(`${init.method ?? "GET"} ${url.pathname}: HTTP ${response.status}, not JSON.`);
    }
    if (!response.ok) {
      const message = (body as { error?: { message?: string } } | null)?.error?.message ?? response.statusText;
      throw new CliError(`${init.method ?? "GET"} ${url.pathname}: ${response.status} ${message}`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CliError(
        `${url.pathname}: unexpected response (${issue?.path.join(".") || "body"}: ${issue?.message}). ` +
          "Is the CLI from the same version as the server?",
      );
    }
    return parsed.data;
  }

  return {
    get: (path, schema) => send(path, { method: "GET" }, schema),
    post: (path, body, schema) =>
      send(
        path,
        { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } },
        schema,
      ),
    upload: (path, form, schema) => send(path, { method: "POST", body: form }, schema),
  };
}
