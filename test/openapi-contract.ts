// Checks a real response against the OpenAPI document: the operation's schema for its status (or `default`), with
// Ajv's JSON Schema 2020-12 validator (OpenAPI 3.1's dialect), formats included.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { expect } from "vitest";
import type { TOpenApiDocument } from "@/lib/api/openapi/document";
import type { TJsonSchema } from "@/lib/api/openapi/json-schema";

const DOCUMENT_ID = "urn:evalboard:openapi";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createContractChecker(document: TOpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("uuid", UUID);
  ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)) && value.includes("T"));
  ajv.addFormat("email", /^[^@\s]+@[^@\s]+$/);
  ajv.addFormat("uri", (value: string) => URL.canParse(value));
  // Operations' schemas point at #/components/schemas/...: the document is registered once under an id.
  ajv.addSchema({ $id: DOCUMENT_ID, components: document.components });
  const compiled = new Map<string, ValidateFunction>();

  function responseSpec(path: string, method: string, status: number): TJsonSchema {
    const operation = (document.paths[path] as Record<string, TJsonSchema> | undefined)?.[method.toLowerCase()];
    expect(operation, `${method} ${path} is in the document`).toBeDefined();
    const responses = operation!.responses as Record<string, TJsonSchema>;
    const spec = responses[String(status)] ?? (status >= 400 ? responses.default : undefined);
    expect(spec, `${method} ${path} declares status ${status}`).toBeDefined();
    return spec!;
  }

  /** The response's status, content type and JSON body match what the document says for this operation. */
  async function expectConforms(path: string, method: string, response: Response): Promise<void> {
    const label = `${method} ${path} → ${response.status}`;
    const spec = responseSpec(path, method, response.status);
    const content = spec.content as Record<string, { schema: TJsonSchema }> | undefined;
    if (!content) {
      expect(await response.text(), `${label}: no body`).toBe("");
      return;
    }
    const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
    expect(Object.keys(content), `${label}: content type`).toContain(type);
    if (type !== "application/json") {
      expect((await response.text()).length, `${label}: a file`).toBeGreaterThan(0);
      return;
    }
    const key = `${method} ${path} ${response.status}`;
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile({
        $id: `urn:evalboard:operation:${compiled.size}`,
        ...rewriteRefs(content[type]!.schema),
      });
      compiled.set(key, validate);
    }
    const body: unknown = await response.json();
    const valid = validate(body);
    expect(valid ? [] : validate.errors, `${label}: ${JSON.stringify(body).slice(0, 300)}`).toEqual([]);
  }

  return { expectConforms };
}

/** `#/components/...` inside an operation means the document's components: the registered document's. */
function rewriteRefs(schema: TJsonSchema): TJsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/components/', `"$ref":"${DOCUMENT_ID}#/components/`));
}
