import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { buildDatasetExport, toExportDownload } from "@/lib/finetune/export";
import { ZExportQuery } from "@/lib/finetune/export-query";
import { ZFineTuneExportSummary } from "@/lib/api/openapi/responses/finetunes";

export const dynamic = "force-dynamic";

/** A split as chat-format JSONL for fine-tuning: `file=summary` (rows, tokens, cost, refusals) or a file download. */
export const GET = apiRoute(
  {
    params: ZIdParams,
    query: ZExportQuery,
    response: {
      status: 200,
      description: "The export's summary (file=summary), or the training or validation file as JSONL.",
      json: ZFineTuneExportSummary,
      media: ["application/x-ndjson"],
    },
  },
  async ({ params, query, reply }) => {
    const { file, ...settings } = query;
    const { dataset, plan } = await buildDatasetExport(params.id, settings);
    if (file === "summary") return reply({ datasetId: dataset.id, ...settings, ...plan.summary });
    return toExportDownload(plan, file, dataset.name);
  },
);
