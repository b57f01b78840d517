/**
 * Index of the first byte that cannot start or continue a well-formed UTF-8 sequence (Unicode table 3-7), scanning
 * from `start`; -1 when every complete sequence is valid (a sequence cut off by the end of `bytes` is not an error
 * here: the next chunk may complete it). Only used to locate an error the fatal TextDecoder already found.
 */
export function findInvalidUtf8(bytes: Uint8Array, start = 0): number {
  let i = start;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const [length, low, high] = sequenceShape(lead);
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) {
      if (i + k >= bytes.length) return -1;
      const next = bytes[i + k] ?? 0;
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}

/** [sequence length, allowed range of the second byte]; length 0 for a byte that cannot lead a sequence. */
function sequenceShape(lead: number): [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

export function isContinuationByte(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}

/** Counts LF bytes in bytes[from, to): the line number of an offset is 1 + the LFs before it. */
export function countNewlines(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let count = 0;
  let at = bytes.indexOf(0x0a, from);
  while (at !== -1 && at < to) {
    count += 1;
    at = bytes.indexOf(0x0a, at + 1);
  }
  return count;
}
