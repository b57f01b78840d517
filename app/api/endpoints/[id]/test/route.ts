import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { testEndpoint } from "@/lib/endpoints/test-endpoint";
import { ZEndpointTestResult } from "@/lib/api/openapi/responses/endpoints";

/** One tiny chat request to the endpoint: `{ ok, latencyMs, reply }` or `{ ok: false, latencyMs, error }` (200 either way). */
export const POST = apiRoute(
  {
    params: ZIdParams,
    response: { status: 200, description: "The result of one tiny chat request.", json: ZEndpointTestResult },
  },
  async ({ params, reply }) => reply(await testEndpoint(params.id)),
);
