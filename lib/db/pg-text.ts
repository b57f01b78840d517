/**
 * Postgres text cannot hold U+0000: an INSERT carrying one fails as a whole. Text that comes from outside (a model's
 * reply, a server's error body) goes through this before it is stored, NUL becoming U+FFFD (the replacement
 * character), so one odd reply is stored as an answer instead of failing its batch, its chunk and its job.
 */
export function toPgText(text: string): string;
export function toPgText(text: string | null | undefined): string | null | undefined;
export function toPgText(text: string | null | undefined): string | null | undefined {
  return typeof text === "string" && text.includes("\u0000") ? text.replaceAll("\u0000", "\uFFFD") : text;
}
