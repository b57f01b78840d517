import { z } from "zod";
import { ZAnyObject, ZRef, ZTask } from "./shared";

export const ZHealth = z.object({
  status: z.enum(["ok", "unavailable"]),
  db: z.enum(["ok", "down"]),
  redis: z.enum(["ok", "down"]),
});

export const ZLeaderboard = z.looseObject({
  dataset: ZRef.extend({ task: ZTask }),
  rows: z.array(ZAnyObject),
  qa: ZAnyObject.nullable(),
});

export const ZComparison = z.looseObject({ kind: z.enum(["classification", "openQa"]), dataset: ZAnyObject });

export const ZLocalModels = z.object({
  object: z.literal("list"),
  data: z.array(z.looseObject({ id: z.string(), object: z.literal("model") })),
});

export const ZChatCompletion = z.looseObject({
  id: z.string(),
  object: z.literal("chat.completion"),
  model: z.string(),
  choices: z.array(
    z.looseObject({ index: z.number().int(), message: z.looseObject({ role: z.string(), content: z.string() }) }),
  ),
});

/** The OpenAPI document itself. */
export const ZOpenApiDocument = z.looseObject({ openapi: z.string(), info: ZAnyObject, paths: ZAnyObject });
