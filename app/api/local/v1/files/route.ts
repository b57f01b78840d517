import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { createLocalFile } from "@/lib/local-models/fine-tune/files";
import { ZLocalFile, ZLocalFileFields } from "@/lib/api/openapi/responses/finetunes";

export const dynamic = "force-dynamic";

/** OpenAI-compatible file upload (purpose fine-tune) for the built-in provider's fine-tuning API. */
export const POST = apiRoute(
  {
    multipart: ZLocalFileFields,
    response: { status: 200, description: "The stored file, as OpenAI's API shows it.", json: ZLocalFile },
  },
  async ({ request, reply }) => reply(await createLocalFile(prisma, request)),
);
