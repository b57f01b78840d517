import { dataFile } from "../data";

export const MEDICAL_ABSTRACTS_200 = dataFile("medical-abstracts-classification-200.csv");
export const MEDICAL_ABSTRACTS_2000 = dataFile("medical-abstracts-classification-2000.csv");
