/** The exports' media types (csv, jsonl), sent as their content type and declared in the OpenAPI document. */
export const EXPORT_MEDIA = ["text/csv", "application/x-ndjson"] as const;
