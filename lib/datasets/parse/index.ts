/** The dataset file reader: what the upload route and the ingest need. */
export { openDataset } from "./open-dataset";
export { readPreview, PREVIEW_ROWS, type TPreview } from "./preview";
export { guessMapping, guessTask, type TGuessedMapping } from "./guess-mapping";
export {
  DEFAULT_MAX_ROWS,
  type TByteSource,
  type TDatasetFormat,
  type TOpenedDataset,
  type TReadOptions,
  type TSourceRow,
} from "./types";
