import { z } from "zod";

/**
 * Headers the HTTP client must own: hop-by-hop headers (RFC 9110 §7.6.1), framing and the target host. Letting a user
 * set them would break requests or smuggle a second one.
 */
const FORBIDDEN_HEADERS = new Set([
  "connection",
  "content-length",
  "host",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

// RFC 9110 token characters.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Visible ASCII, spaces and tabs: no CR/LF (header injection), no control characters, and nothing fetch would refuse.
const HEADER_VALUE = /^[\t\x20-\x7E]*$/;
const MAX_HEADERS = 32;

/** Extra request headers, e.g. `{ "OpenAI-Organization": "org-…" }`. Names are kept as typed; values are trimmed. */
export const ZHeaders = z
  .record(z.string(), z.string({ error: "Header values must be text" }))
  .transform((headers, ctx) => {
    const entries = Object.entries(headers).map(([name, value]) => [name.trim(), value.trim()] as const);
    if (entries.length > MAX_HEADERS) ctx.addIssue({ code: "custom", message: `At most ${MAX_HEADERS} extra headers` });
    const seen = new Set<string>();
    for (const [name, value] of entries) {
      const lower = name.toLowerCase();
      const issue = (message: string) => ctx.addIssue({ code: "custom", message, path: [name] });
      if (!HEADER_NAME.test(name)) issue(`"${name}" is not a valid header name (letters, digits and - only)`);
      else if (FORBIDDEN_HEADERS.has(lower)) issue(`${name} is set by the HTTP client and cannot be overridden`);
      else if (seen.has(lower)) issue(`${name} is listed twice (header names ignore case)`);
      if (value === "") issue(`Enter a value for ${name || "the header"}`);
      else if (!HEADER_VALUE.test(value)) issue(`The value of ${name} may only contain printable ASCII characters`);
      else if (value.length > 8192) issue(`The value of ${name} is too long`);
      seen.add(lower);
    }
    return Object.fromEntries(entries);
  });

export type THeaders = z.infer<typeof ZHeaders>;
