import { DatasetInputError } from "../errors";

export type TTextEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** How many leading bytes the sniffers look at. */
export const SNIFF_BYTES = 4096;

/**
 * Decides how to decode the file from its first bytes, or refuses it: spreadsheets and other binaries are named as
 * such, and UTF-16 without a byte-order mark is refused because its byte order is a guess.
 */
export function sniffEncoding(head: Uint8Array, fileName: string): TTextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (isZip(head)) {
    throw new DatasetInputError({
      code: "unsupported_format",
      file: fileName,
      problem: "looks like an Excel workbook or a zip archive; export the sheet as CSV (UTF-8) and upload that",
    });
  }
  if (looksLikeUtf16WithoutBom(head)) {
    throw new DatasetInputError({
      code: "utf16",
      file: fileName,
      problem: 'looks like UTF-16 text without a byte-order mark; re-save the file as UTF-8 (e.g. "CSV UTF-8")',
    });
  }
  const nul = head.indexOf(0);
  if (nul !== -1) {
    throw new DatasetInputError({
      code: "binary",
      file: fileName,
      problem: `looks like a binary file (a NUL byte at byte offset ${nul}), not CSV, TSV or JSON text`,
      details: { byteOffset: nul },
    });
  }
  return "utf-8";
}

function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** ASCII-range text in UTF-16 has a NUL in every other byte; real binaries have NULs at both parities. */
function looksLikeUtf16WithoutBom(head: Uint8Array): boolean {
  const pairs = Math.floor(Math.min(head.length, 1024) / 2);
  if (pairs < 2) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (head[2 * i] === 0) evenZeros += 1;
    if (head[2 * i + 1] === 0) oddZeros += 1;
  }
  const many = pairs * 0.3;
  const few = pairs * 0.05;
  return (oddZeros >= many && evenZeros <= few) || (evenZeros >= many && oddZeros <= few);
}

/** NUL after the first bytes: the file may be text with a stray NUL, which Postgres text cannot store either. */
export function nulError(fileName: string, byteOffset: number, line: number): DatasetInputError {
  return new DatasetInputError({
    code: "binary",
    file: fileName,
    line,
    problem: `contains a NUL byte at byte offset ${byteOffset}; datasets must be plain text`,
    details: { byteOffset },
  });
}
