import type { TEndpointView } from "@/lib/endpoints/view";

export type THeaderRow = { id: number; name: string; value: string };

/** What the form holds: text as typed (numbers included), so the server's validation messages stay the single truth. */
export type TFormState = {
  name: string;
  baseUrl: string;
  model: string;
  apiKey: string;
  removeApiKey: boolean;
  /** On edit, stored headers are kept unless the user chooses to replace them (their values are never sent back). */
  replaceHeaders: boolean;
  headers: THeaderRow[];
  inputPricePerM: string;
  outputPricePerM: string;
  maxConcurrency: string;
  requestsPerMinute: string;
  timeoutSeconds: string;
  tags: string[];
  tagDraft: string;
  /** Answer modes: the field a guided choice is sent in, and the stored value (only a change is sent). */
  guidedChoiceField: string;
  storedGuidedChoiceField: string;
};

export type TFieldErrors = Record<string, string>;

export function createInitialState(endpoint?: TEndpointView): TFormState {
  const text = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));
  return {
    name: endpoint?.name ?? "",
    baseUrl: endpoint?.baseUrl ?? "",
    model: endpoint?.model ?? "",
    apiKey: "",
    removeApiKey: false,
    replaceHeaders: !endpoint,
    headers: (endpoint?.headerNames ?? []).map((name, index) => ({ id: index, name, value: "" })),
    inputPricePerM: text(endpoint?.inputPricePerM),
    outputPricePerM: text(endpoint?.outputPricePerM),
    maxConcurrency: text(endpoint?.maxConcurrency ?? 8),
    requestsPerMinute: text(endpoint?.requestsPerMinute),
    timeoutSeconds: text((endpoint?.timeoutMs ?? 60_000) / 1000),
    tags: endpoint?.tags ?? [],
    tagDraft: "",
    guidedChoiceField: endpoint?.guidedChoiceField ?? "guided_choice",
    storedGuidedChoiceField: endpoint?.guidedChoiceField ?? "guided_choice",
  };
}

/** "" means "none" (null); anything unparseable is sent as typed so the API names the problem. */
function toNumber(value: string, scale = 1): number | string | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? Math.round(number * scale * 1000) / 1000 : trimmed;
}

export function splitTags(text: string): string[] {
  return text
    .split(",")
    .map((tag) => tag.trim().toLowerCase())
    .filter((tag) => tag !== "");
}

/** The JSON body for POST (create) or PATCH (edit). On edit, omitted secrets mean "keep what is stored". */
export function toRequestBody(state: TFormState, mode: "create" | "edit"): Record<string, unknown> {
  const rows = state.headers.filter((row) => row.name.trim() !== "" || row.value.trim() !== "");
  const headers = Object.fromEntries(rows.map((row) => [row.name, row.value]));
  const body: Record<string, unknown> = {
    name: state.name,
    baseUrl: state.baseUrl,
    model: state.model,
    inputPricePerM: toNumber(state.inputPricePerM),
    outputPricePerM: toNumber(state.outputPricePerM),
    maxConcurrency: toNumber(state.maxConcurrency),
    requestsPerMinute: toNumber(state.requestsPerMinute),
    timeoutMs: toNumber(state.timeoutSeconds, 1000),
    tags: [...new Set([...state.tags, ...splitTags(state.tagDraft)])],
  };
  if (state.guidedChoiceField !== state.storedGuidedChoiceField) body.guidedChoiceField = state.guidedChoiceField;
  if (mode === "create") {
    if (state.apiKey.trim() !== "") body.apiKey = state.apiKey;
    if (rows.length > 0) body.headers = headers;
    return body;
  }
  if (state.removeApiKey) body.apiKey = null;
  else if (state.apiKey.trim() !== "") body.apiKey = state.apiKey;
  if (state.replaceHeaders) body.headers = rows.length > 0 ? headers : null;
  return body;
}

/** 422/409 details (`[{ path, message }]`) keyed by path; the first message per path wins. */
export function toFieldErrors(details: unknown): TFieldErrors {
  if (!Array.isArray(details)) return {};
  const errors: TFieldErrors = {};
  for (const detail of details) {
    if (typeof detail !== "object" || detail === null) continue;
    const { path, message } = detail as { path?: unknown; message?: unknown };
    if (typeof path !== "string" || typeof message !== "string") continue;
    errors[path || "form"] ??= message;
  }
  return errors;
}

// Form fields whose API path differs from their name.
const ERROR_PATHS: Partial<Record<keyof TFormState, string>> = {
  timeoutSeconds: "timeoutMs",
  tagDraft: "tags",
  removeApiKey: "apiKey",
  replaceHeaders: "headers",
};

/** Drops the errors of the fields being edited, so a fixed field stops showing a stale message. */
export function withoutErrorsFor(errors: TFieldErrors, fields: (keyof TFormState)[]): TFieldErrors {
  const paths = fields.map((field) => ERROR_PATHS[field] ?? field);
  const stale = (path: string) => paths.some((field) => path === field || path.startsWith(`${field}.`));
  return Object.fromEntries(Object.entries(errors).filter(([path]) => !stale(path)));
}

/** The error for a field, including nested paths such as `tags.2` or `headers.X-Org`. */
export function errorFor(errors: TFieldErrors, field: string): string | undefined {
  const key = Object.keys(errors).find((path) => path === field || path.startsWith(`${field}.`));
  return key === undefined ? undefined : errors[key];
}
