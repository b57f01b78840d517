/** Codes carried on the errors below, so lib/llm can tell a refusal from a network failure down a `cause` chain. */
export type TRefusalCode = "EVALBOARD_ADDRESS_REFUSED" | "EVALBOARD_REDIRECT_REFUSED" | "EVALBOARD_PROTOCOL_REFUSED";

/**
 * Evalboard refused to connect: the target is an internal address, a redirect, or not http(s). Nothing was sent.
 * Retrying cannot help; changing the base URL or EVALBOARD_ALLOWED_HOSTS can.
 */
export class OutboundRefusedError extends Error {
  readonly code: TRefusalCode;

  constructor(code: TRefusalCode, message: string) {
    super(message);
    this.name = "OutboundRefusedError";
    this.code = code;
  }
}

export function isOutboundRefusal(error: unknown): error is OutboundRefusedError {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === "string" &&
    refusalCodes.has((error as OutboundRefusedError).code)
  );
}

const refusalCodes: ReadonlySet<string> = new Set<TRefusalCode>([
  "EVALBOARD_ADDRESS_REFUSED",
  "EVALBOARD_REDIRECT_REFUSED",
  "EVALBOARD_PROTOCOL_REFUSED",
]);
