import { prisma } from "@/lib/db/prisma";
import { findRecord, requireRecord } from "@/lib/pages/records";
import { findRunId } from "@/lib/runs/find-run-id";

type TProps = { children: React.ReactNode; params: Promise<{ id: string }> };

/**
 * The run pages under this segment stream behind a loading.tsx, so once their shell is sent a missing run can only
 * show the not-found content with a 200. Checked here, above that boundary, a missing run is a real 404.
 */
export default async function RunLayout({ children, params }: TProps) {
  requireRecord(await findRecord((await params).id, (id) => findRunId(prisma, id)));
  return children;
}
