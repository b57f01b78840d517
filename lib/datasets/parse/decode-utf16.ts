import { DatasetInputError } from "../errors";
import { nulError, type TTextEncoding } from "./sniff-encoding";

/**
 * UTF-16 with a byte-order mark (what some Windows tools write as "Unicode text"): decoded strictly, so unpaired
 * surrogates fail instead of becoming U+FFFD. Offsets are approximate (the chunk start): such files are rare.
 */
export async function* decodeUtf16(
  source: AsyncIterable<Uint8Array>,
  encoding: Exclude<TTextEncoding, "utf-8">,
  fileName: string,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let lines = 0;
  let bytesBefore = 0;
  const invalid = () =>
    new DatasetInputError({
      code: "not_utf8",
      file: fileName,
      line: lines + 1,
      problem: `invalid ${encoding.toUpperCase()} text near byte offset ${bytesBefore}; re-save the file as UTF-8`,
      details: { byteOffset: bytesBefore },
    });
  for await (const chunk of source) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw invalid();
    }
    if (text.includes("\0")) throw nulError(fileName, bytesBefore, lines + 1);
    bytesBefore += chunk.byteLength;
    lines += text.split("\n").length - 1;
    if (text.length > 0) yield text;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw invalid();
  }
  if (tail.length > 0) yield tail;
}
