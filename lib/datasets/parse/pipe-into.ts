import { pipeline, type Transform } from "node:stream";

/**
 * Feeds an async iterable into a transform stream. Errors are left to surface where the transform's output is
 * iterated; the returned promise settles once the source has been closed too, so a caller that stops early can
 * await it and know the upload stream is released, not merely scheduled for release.
 */
export function pipeInto(source: AsyncIterable<unknown>, transform: Transform): Promise<void> {
  return new Promise((resolve) => {
    pipeline(source, transform, () => resolve());
  });
}
