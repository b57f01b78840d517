import { ZIdParams } from "@/lib/api/ids";
import { jsonResponse } from "@/lib/api/response";
import { apiRoute } from "@/lib/api/route";
import { testEndpoint } from "@/lib/endpoints/test-endpoint";

/** One tiny chat request to the endpoint: `{ ok, latencyMs, reply }` or `{ ok: false, latencyMs, error }` (200 either way). */
export const POST = apiRoute({ params: ZIdParams }, async ({ params }) => jsonResponse(await testEndpoint(params.id)));
