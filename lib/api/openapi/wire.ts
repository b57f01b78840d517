import { z } from "zod";

/** A response value as JSON carries it: every Date (a Prisma timestamp) is an ISO 8601 string. */
export type TWire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? TWire<U>[]
    : T extends object
      ? { [K in keyof T]: TWire<T[K]> }
      : T;

/**
 * A route's response schema in its wire form, for clients that read the JSON (the CLI): the same schema with each
 * `z.date()` replaced by an ISO datetime string, through objects (loose ones stay loose), arrays, records, unions,
 * nullable and optional. Route schemas describe what a handler returns before JSON encoding (lib/api/openapi/
 * responses), so this is how a client reads them without restating them: one source of truth for both sides.
 * Schemas with no date inside are returned as they are.
 */
export function toWireSchema<S extends z.ZodType>(schema: S): z.ZodType<TWire<z.output<S>>> {
  return convert(schema) as z.ZodType<TWire<z.output<S>>>;
}

type TDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
};

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as TDef;

function convert(schema: z.ZodType): z.ZodType {
  if (!containsDate(schema)) return schema;
  const def = defOf(schema);
  switch (def.type) {
    case "date":
      return z.iso.datetime({ offset: true });
    case "object": {
      const shape = Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, value]) => [key, convert(value)]));
      const object = z.object(shape);
      return def.catchall ? object.catchall(convert(def.catchall)) : object;
    }
    case "array":
      return z.array(convert(def.element!));
    case "nullable":
      return convert(def.innerType!).nullable();
    case "optional":
      return convert(def.innerType!).optional();
    case "record":
      return z.record(def.keyType as z.ZodString, convert(def.valueType!));
    case "union": {
      const options = def.options!.map(convert) as [z.ZodType, z.ZodType, ...z.ZodType[]];
      return def.discriminator
        ? z.discriminatedUnion(def.discriminator, options as unknown as [z.ZodObject, z.ZodObject])
        : z.union(options);
    }
    default:
      throw new Error(`toWireSchema: a date inside a ${def.type} schema is not supported`);
  }
}

/** Whether a date appears anywhere inside (so schemas without one are shared as they are, not copied). */
function containsDate(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type === "date") return true;
  const children = [
    ...Object.values(def.shape ?? {}),
    ...(def.options ?? []),
    ...[def.catchall, def.element, def.innerType, def.valueType].filter((child) => child !== undefined),
  ];
  return children.some(containsDate);
}
