import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { evaluateGate } from "@/lib/gate/evaluate";
import { ZGateQuery, ZGateResult } from "@/lib/gate/schemas";

export const dynamic = "force-dynamic";

/** The CI regression gate: a non-inferiority test of a candidate run against a baseline run (lib/gate). */
// The response is declared with the schema the CLI parses it with, so the two cannot drift apart.
export const GET = apiRoute(
  {
    query: ZGateQuery,
    response: {
      status: 200,
      description: "Whether the candidate run is not worse than the baseline by more than the margin.",
      json: ZGateResult,
    },
  },
  async ({ query, reply }) => reply(ZGateResult.parse(await evaluateGate(prisma, query))),
);
