// The standalone test LLM server Playwright starts next to the app (see playwright.config.ts). Its oracle models
// (`oracle-80`, `slow-200+oracle-80`, ...) know the true labels of this dataset.
import { fileURLToPath } from "node:url";
import { E2E_LLM_SERVER_PORT } from "../../test/env";

export const LLM_SERVER_PORT = E2E_LLM_SERVER_PORT;
export const LLM_SERVER_URL = `http://127.0.0.1:${LLM_SERVER_PORT}/v1`;
export const MEDICAL_ABSTRACTS_200 = fileURLToPath(
  new URL("../../data/medical-abstracts-classification-200.csv", import.meta.url),
);
