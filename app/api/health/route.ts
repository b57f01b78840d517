import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { checkHealth, healthHttpStatus } from "@/lib/health/check";
import { createAppHealthProbes } from "@/lib/health/probes";
import { ZHealth } from "@/lib/api/openapi/responses/board";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    response: {
      status: 200,
      description: "Database and Redis reachable (503 when not).",
      json: ZHealth,
      otherStatuses: [503],
    },
  },
  async () => {
    const health = await checkHealth(createAppHealthProbes());
    return jsonResponse(health, healthHttpStatus(health));
  },
);
