/**
 * The SDK wraps fetch failures as APIConnectionError("Connection error.") → TypeError("fetch failed") → the socket
 * error that says what happened (ENOTFOUND, ECONNREFUSED, a TLS code...). This finds that last, useful link.
 */
export type TNetworkCause = {
  /** errno-style code, e.g. ECONNREFUSED, or undefined when no link carries one. */
  code: string | undefined;
  /** Human wording for the code, e.g. "connection refused". */
  description: string;
  /** The message of the deepest error in the chain. */
  detail: string;
};

const MAX_DEPTH = 10;

const descriptions: Record<string, string> = {
  ENOTFOUND: "DNS lookup failed (host not found)",
  EAI_AGAIN: "DNS lookup failed (temporary resolver failure)",
  ECONNREFUSED: "connection refused (nothing listening on that host and port)",
  ECONNRESET: "connection reset by the server",
  EPIPE: "connection closed by the server while sending",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_SOCKET: "connection closed by the server before it answered",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
};

export function findNetworkCause(error: unknown): TNetworkCause {
  let code: string | undefined;
  let detail = error instanceof Error ? error.message : String(error);
  let current: unknown = error;
  for (let depth = 0; depth < MAX_DEPTH && current instanceof Error; depth++) {
    const candidate = (current as Error & { code?: unknown }).code;
    if (typeof candidate === "string" && candidate !== "") code = candidate;
    detail = current.message;
    current = current.cause;
  }
  return { code, description: describeCode(code, detail), detail };
}

function describeCode(code: string | undefined, detail: string): string {
  if (code === undefined) return detail === "bad port" ? "port blocked by fetch (bad port)" : "connection failed";
  const known = descriptions[code];
  if (known) return known;
  if (isTlsCode(code)) return "TLS error";
  return "connection failed";
}

// OpenSSL and Node report TLS trouble under several families of codes.
function isTlsCode(code: string): boolean {
  return (
    code.startsWith("ERR_SSL_") ||
    code.startsWith("ERR_TLS_") ||
    code.startsWith("CERT_") ||
    code.includes("SELF_SIGNED") ||
    code.startsWith("UNABLE_TO_") ||
    code === "HOSTNAME_MISMATCH"
  );
}
