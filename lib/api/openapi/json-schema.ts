import { z } from "zod";

export type TJsonSchema = Record<string, unknown>;

/**
 * A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect). Requests are described by what the caller sends
 * (`io: "input"`: before defaults and transforms), responses by what the server returns. A Date (Prisma timestamps
 * in responses) is an ISO string on the wire; anything else JSON cannot say (a transform's output) is left open.
 */
export function toJsonSchema(schema: z.ZodType, io: "input" | "output"): TJsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: (context) => {
      if (context.zodSchema._zod.def.type === "date") {
        context.jsonSchema.type = "string";
        context.jsonSchema.format = "date-time";
      }
    },
  }) as TJsonSchema;
  delete json.$schema;
  return json;
}

/** An object schema's properties and required keys (through pipes and intersections, as zod emits them). */
export function objectProperties(json: TJsonSchema): { properties: Record<string, TJsonSchema>; required: string[] } {
  const parts = Array.isArray(json.allOf) ? (json.allOf as TJsonSchema[]) : [json];
  const properties: Record<string, TJsonSchema> = {};
  const required: string[] = [];
  for (const part of parts) {
    Object.assign(properties, (part.properties as Record<string, TJsonSchema> | undefined) ?? {});
    required.push(...((part.required as string[] | undefined) ?? []));
  }
  return { properties, required };
}
