import { z } from "zod";

/** The OpenAI client appends paths such as /chat/completions, so the base URL is an origin plus a path, nothing more. */
export function normalizeBaseUrl(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

export const ZName = z
  .string({ error: "Enter a name" })
  .trim()
  .min(1, "Enter a name")
  .max(100, "Use at most 100 characters");

export const ZBaseUrl = z
  .string({ error: "Enter the server's base URL" })
  .trim()
  .min(1, "Enter the server's base URL, e.g. https://api.openai.com/v1")
  .max(2048, "Use at most 2,048 characters")
  .transform((value, ctx) => {
    const url = URL.canParse(value) ? new URL(value) : null;
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
      return fail("Enter an http:// or https:// URL, e.g. http://127.0.0.1:8000/v1");
    }
    if (url.username || url.password) return fail("Put credentials in the API key or extra headers, not in the URL");
    if (url.search || url.hash)
      return fail("Remove the query string or #fragment: paths like /chat/completions are appended");
    return normalizeBaseUrl(url);
  });

export const ZModelName = z
  .string({ error: "Enter the model name" })
  .trim()
  .min(1, "Enter the model name the server expects, e.g. gpt-4o-mini")
  .max(300, "Use at most 300 characters");

/** Printable ASCII without spaces: the key ends up in an Authorization header. Surrounding whitespace is trimmed. */
export const ZApiKey = z
  .string({ error: "The API key must be text" })
  .trim()
  .max(4096, "The API key is too long")
  .regex(/^[\x21-\x7E]*$/, "The API key contains spaces or characters that cannot be sent in a header");

export const ZPricePerM = z
  .number({ error: "Enter a price in dollars, e.g. 0.15" })
  .min(0, "Prices cannot be negative")
  .max(100_000, "Enter the price per million tokens");

export const ZMaxConcurrency = z
  .number({ error: "Enter a whole number" })
  .int("Enter a whole number")
  .min(1, "At least 1")
  .max(256, "At most 256");

export const ZRequestsPerMinute = z
  .number({ error: "Enter a whole number" })
  .int("Enter a whole number")
  .min(1, "At least 1, or leave empty for no limit")
  .max(1_000_000, "At most 1,000,000");

export const ZTimeoutMs = z
  .number({ error: "Enter a whole number of milliseconds" })
  .int("Enter a whole number of milliseconds")
  .min(1000, "At least 1,000 ms (1 s)")
  .max(600_000, "At most 600,000 ms (10 min)");

const TAG = /^[a-z0-9][a-z0-9._+-]*$/;

/** Tags are trimmed, lower-cased and deduplicated; empty entries are dropped. */
export const ZTags = z
  .array(z.string({ error: "Tags must be text" }), { error: "Tags must be a list" })
  .transform((tags) => [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== ""))])
  .pipe(
    z
      .array(
        z
          .string()
          .max(40, "Keep tags under 40 characters")
          .regex(TAG, "Tags use letters, digits, '.', '_', '+' and '-', e.g. fine-tuned or 7b"),
      )
      .max(20, "At most 20 tags"),
  );
