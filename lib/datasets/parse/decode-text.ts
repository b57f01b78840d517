import { DatasetInputError } from "../errors";
import { peekBytes } from "./peek";
import { decodeUtf16 } from "./decode-utf16";
import { nulError, SNIFF_BYTES, sniffEncoding, type TTextEncoding } from "./sniff-encoding";
import { countNewlines, findInvalidUtf8, isContinuationByte } from "./utf8-scan";

/**
 * A validated piece of the file: its text, and for UTF-8 input the chunk's bytes (BOM removed), so the CSV parser,
 * which works on bytes, need not re-encode what was just decoded. A character split across two chunks is in the
 * bytes of both but in the text of the second only.
 */
export type TDecodedChunk = { text: string; bytes: Uint8Array | null };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Bytes to text with strict validation: invalid UTF-8 fails with the byte offset and line instead of being replaced
 * by U+FFFD (which would silently corrupt labels). A leading BOM is dropped. NUL is refused anywhere because
 * Postgres text cannot store it.
 */
export async function* decodeText(source: AsyncIterable<Uint8Array>, fileName: string): AsyncGenerator<TDecodedChunk> {
  const { head, rest, close } = await peekBytes(source, SNIFF_BYTES);
  let encoding: TTextEncoding;
  try {
    encoding = sniffEncoding(head, fileName);
  } catch (error) {
    await close();
    throw error;
  }
  if (encoding === "utf-8") {
    const hasBom = UTF8_BOM.every((byte, index) => head[index] === byte);
    yield* decodeUtf8(rest, fileName, hasBom ? UTF8_BOM.length : 0);
    return;
  }
  for await (const text of decodeUtf16(rest, encoding, fileName)) yield { text, bytes: null };
}

/** The decoder drops the BOM from the text itself; `bomBytes` says how many leading bytes to drop from `bytes`. */
async function* decodeUtf8(
  source: AsyncIterable<Uint8Array>,
  fileName: string,
  bomBytes: number,
): AsyncGenerator<TDecodedChunk> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let bomLeft = bomBytes;
  let bytesBefore = 0;
  let linesBefore = 0;
  let previous: Uint8Array = new Uint8Array(0);
  for await (const chunk of source) {
    const nul = chunk.indexOf(0);
    if (nul !== -1) throw nulError(fileName, bytesBefore + nul, linesBefore + 1 + countNewlines(chunk, 0, nul));
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw invalidUtf8InChunk(fileName, previous, chunk, bytesBefore, linesBefore);
    }
    bytesBefore += chunk.byteLength;
    linesBefore += countNewlines(chunk);
    if (chunk.byteLength > 0) previous = chunk;
    const skip = Math.min(bomLeft, chunk.byteLength);
    bomLeft -= skip;
    if (chunk.byteLength > skip) yield { text, bytes: skip > 0 ? chunk.subarray(skip) : chunk };
  }
  try {
    // Only a stray partial character could be left, and that throws: valid input never has a tail here.
    decoder.decode();
  } catch {
    throw new DatasetInputError({
      code: "not_utf8",
      file: fileName,
      line: linesBefore + 1,
      problem: `the file ends in the middle of a UTF-8 character (byte offset ${bytesBefore - pendingLength(previous)}); re-save it as UTF-8`,
      details: { byteOffset: bytesBefore - pendingLength(previous) },
    });
  }
}

function invalidUtf8InChunk(
  fileName: string,
  previous: Uint8Array,
  chunk: Uint8Array,
  bytesBefore: number,
  linesBefore: number,
): DatasetInputError {
  // The decoder may hold up to 3 bytes of a character begun in the previous chunk; rescan from that character.
  const tail = previous.subarray(Math.max(0, previous.length - 3));
  const window = new Uint8Array(tail.length + chunk.length);
  window.set(tail, 0);
  window.set(chunk, tail.length);
  let start = 0;
  while (start < tail.length && isContinuationByte(window[start] ?? 0)) start += 1;
  const found = findInvalidUtf8(window, start);
  const index = found === -1 ? tail.length : found;
  const inChunk = Math.max(0, index - tail.length);
  const byteOffset = bytesBefore - tail.length + index;
  return new DatasetInputError({
    code: "not_utf8",
    file: fileName,
    line: linesBefore + 1 + countNewlines(chunk, 0, inChunk),
    problem: `invalid UTF-8 at byte offset ${byteOffset} (byte 0x${(window[index] ?? 0).toString(16).padStart(2, "0")}); the file may be Latin-1 or Windows-1252: re-save it as UTF-8`,
    details: { byteOffset },
  });
}

/** Bytes of the unfinished character at the end of the stream. */
function pendingLength(last: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, last.length); back += 1) {
    if (!isContinuationByte(last[last.length - back] ?? 0)) return back;
  }
  return 0;
}
