import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { evaluateGate } from "@/lib/gate/evaluate";
import { ZGateQuery, ZGateResult } from "@/lib/gate/schemas";

export const dynamic = "force-dynamic";

/** The CI regression gate: a non-inferiority test of a candidate run against a baseline run (lib/gate). */
// The response goes through the schema the CLI parses it with, so the two cannot drift apart.
export const GET = apiRoute({ query: ZGateQuery }, async ({ query }) =>
  jsonResponse(ZGateResult.parse(await evaluateGate(prisma, query))),
);
