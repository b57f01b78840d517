export type TPeeked<T> = {
  /** The chunks read so far (the stream may be shorter than asked for). */
  head: T[];
  /** The whole stream again, from its first chunk. Iterate it at most once. */
  rest: AsyncIterable<T>;
  /** Releases the source when `rest` will not be read (an error found while sniffing). */
  close: () => Promise<void>;
};

/**
 * Reads chunks until `isEnough(head)` holds or the stream ends, without losing them: used to sniff gzip magic,
 * a BOM, the first JSON character or the CSV header. Closing `rest` early also closes the underlying source.
 */
export async function peekChunks<T>(source: AsyncIterable<T>, isEnough: (head: T[]) => boolean): Promise<TPeeked<T>> {
  const iterator = source[Symbol.asyncIterator]();
  const head: T[] = [];
  let done = false;
  while (!isEnough(head)) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
  }
  const close = async () => {
    if (!done) await iterator.return?.();
  };
  return { head, rest: replay([...head], iterator, done), close };
}

/** At least `minBytes` leading bytes (fewer only if the stream is shorter) in one array, plus the whole stream. */
export async function peekBytes(
  source: AsyncIterable<Uint8Array>,
  minBytes: number,
): Promise<Omit<TPeeked<Uint8Array>, "head"> & { head: Uint8Array }> {
  let size = 0;
  const { head, rest, close } = await peekChunks(source, (chunks) => {
    const last = chunks[chunks.length - 1];
    if (last) size += last.byteLength;
    return size >= minBytes;
  });
  return { head: concatBytes(head, size), rest, close };
}

async function* replay<T>(chunks: T[], iterator: AsyncIterator<T>, done: boolean): AsyncGenerator<T> {
  let finished = done;
  try {
    while (chunks.length > 0) yield chunks.shift() as T;
    while (!finished) {
      const next = await iterator.next();
      if (next.done) {
        finished = true;
        break;
      }
      yield next.value;
    }
  } finally {
    if (!finished) await iterator.return?.();
  }
}

export function concatBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
