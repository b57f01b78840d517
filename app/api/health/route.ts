import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { checkHealth, healthHttpStatus } from "@/lib/health/check";
import { createAppHealthProbes } from "@/lib/health/probes";

export const dynamic = "force-dynamic";

export const GET = apiRoute({}, async () => {
  const health = await checkHealth(createAppHealthProbes());
  return jsonResponse(health, healthHttpStatus(health));
});
