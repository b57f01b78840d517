import type { TResponseSpec, TRouteSpec } from "../route";
import { routeSpecOf } from "../route";
import { objectProperties, toJsonSchema, type TJsonSchema } from "./json-schema";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type TRouteModule = Partial<Record<(typeof HTTP_METHODS)[number], unknown>>;

export const ERROR_REF = { $ref: "#/components/schemas/Error" };

/** `/api/runs/[id]/outputs/[sampleId]` → `/api/runs/{id}/outputs/{sampleId}`. */
export function openApiPath(route: string): string {
  return route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, "{$1}");
}

/** The operations of one route module, by lower-case method; a handler not made by apiRoute is an error. */
export function describeRoute(route: string, module: TRouteModule): Record<string, TJsonSchema> {
  const operations: Record<string, TJsonSchema> = {};
  for (const method of HTTP_METHODS) {
    if (module[method] === undefined) continue;
    const spec = routeSpecOf(module[method]);
    if (!spec) throw new Error(`${method} ${route} is not made by apiRoute: the OpenAPI document cannot describe it`);
    operations[method.toLowerCase()] = describeOperation(route, method, spec);
  }
  return operations;
}

function describeOperation(route: string, method: string, spec: TRouteSpec): TJsonSchema {
  const tag = route.split("/")[2] ?? "api";
  return {
    operationId: `${method.toLowerCase()}${route.replace(/[^A-Za-z0-9]+(.)?/g, (_, c?: string) => (c ?? "").toUpperCase())}`,
    summary: spec.response.description,
    tags: [tag],
    parameters: [...parametersOf(spec, "path"), ...parametersOf(spec, "query")],
    ...(requestBodyOf(spec) ?? {}),
    responses: responsesOf(spec.response),
  };
}

function parametersOf(spec: TRouteSpec, where: "path" | "query"): TJsonSchema[] {
  const schema = where === "path" ? spec.params : spec.query;
  if (!schema) return [];
  const { properties, required } = objectProperties(toJsonSchema(schema, "input"));
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || required.includes(name),
    ...(typeof property.description === "string" ? { description: property.description } : {}),
    schema: property,
  }));
}

function requestBodyOf(spec: TRouteSpec): { requestBody: TJsonSchema } | null {
  if (spec.body) {
    return {
      requestBody: { required: true, content: { "application/json": { schema: toJsonSchema(spec.body, "input") } } },
    };
  }
  if (!spec.multipart) return null;
  // The text fields come first, then the file part, which the handler reads as it streams in.
  const fields = toJsonSchema(spec.multipart, "input");
  const { properties, required } = objectProperties(fields);
  const schema = {
    type: "object",
    properties: { ...properties, file: { type: "string", contentMediaType: "application/octet-stream" } },
    required: [...required, "file"],
  };
  return { requestBody: { required: true, content: { "multipart/form-data": { schema } } } };
}

function responsesOf(response: TResponseSpec): TJsonSchema {
  const success: TJsonSchema = { description: response.description };
  if (response.json) {
    success.content = { "application/json": { schema: toJsonSchema(response.json, "output") } };
  } else if (response.media) {
    success.content = Object.fromEntries(response.media.map((type) => [type, { schema: { type: "string" } }]));
  }
  const others = Object.fromEntries((response.otherStatuses ?? []).map((status) => [String(status), success]));
  const error = { description: "The error shape: a stable code, a message to show, details naming the fields." };
  return {
    [String(response.status)]: success,
    ...others,
    default: { ...error, content: { "application/json": { schema: ERROR_REF } } },
  };
}
