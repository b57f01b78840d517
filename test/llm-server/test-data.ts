import { fileURLToPath } from "node:url";

// shared/ sits beside the repository both here (/work/shared) and in CI (a copy beside the fresh clone).
const SHARED_DATA = new URL("../../../shared/data/", import.meta.url);

export const MEDICAL_ABSTRACTS_200 = fileURLToPath(new URL("medical-abstracts-classification-200.csv", SHARED_DATA));
export const MEDICAL_ABSTRACTS_2000 = fileURLToPath(new URL("medical-abstracts-classification-2000.csv", SHARED_DATA));
