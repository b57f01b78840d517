import type { TJsonSchema } from "./json-schema";
import { ERROR_REF } from "./operations";

/** Better Auth answers its own refusals as `{ code?, message }`; the API's edge checks answer in the Error shape. */
const AUTH_ERROR = {
  anyOf: [
    ERROR_REF,
    { type: "object", properties: { code: { type: "string" }, message: { type: "string" } }, required: ["message"] },
  ],
};

const PATH_PARAMETER = {
  name: "path",
  in: "path",
  required: true,
  description: "Better Auth's endpoint: sign-in/email, sign-out, get-session, api-key/create, admin/list-users, ...",
  schema: { type: "string" },
};

function operation(method: "get" | "post"): TJsonSchema {
  return {
    operationId: `${method}ApiAuth`,
    summary: "Better Auth: sessions, API tokens (api-key/*) and users (admin/*); see its documentation.",
    tags: ["auth"],
    parameters: [PATH_PARAMETER],
    ...(method === "post" ? { requestBody: { content: { "application/json": { schema: { type: "object" } } } } } : {}),
    responses: {
      "200": { description: "Better Auth's answer.", content: { "application/json": { schema: {} } } },
      default: { description: "A refusal.", content: { "application/json": { schema: AUTH_ERROR } } },
    },
  };
}

/** The one handler this app does not write (app/api/auth/[...all]), described by hand. */
export const BETTER_AUTH_PATH = {
  route: "/api/auth/[...all]",
  operations: { get: operation("get"), post: operation("post") },
};
