/**
 * How much of a file the upload form sends for the preview: enough rows for a trustworthy label set, small enough to
 * answer at once. Shared by the browser (which slices the File) and the server (which accepts a little more).
 */
export const PREVIEW_SLICE_BYTES = 2 * 1024 * 1024;
export const PREVIEW_MAX_BYTES = 2 * PREVIEW_SLICE_BYTES;
