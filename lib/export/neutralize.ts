/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (and some strip a leading tab or
 * carriage return first), so a model answer like `=HYPERLINK("http://evil", "x")` would execute when an analyst
 * opens the export. Such text cells get a leading apostrophe, which spreadsheets show as plain text (OWASP's
 * "CSV injection" advice). Numbers are not text cells and keep their sign.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
