import { prisma, type TDb } from "@/lib/db/prisma";
import type { TCapabilities } from "./capabilities";
import { ZGuidedChoiceField, type TGuidedChoiceField } from "./modes";

/** The field the endpoint's preset sends a guided choice in (`guided_choice` unless set otherwise). */
export async function findGuidedChoiceField(
  id: string,
  db: TDb = prisma,
): Promise<{ guidedChoiceField: TGuidedChoiceField }> {
  const row = await db.modelEndpoint.findUnique({ where: { id }, select: { guidedChoiceField: true } });
  return { guidedChoiceField: ZGuidedChoiceField.catch("guided_choice").parse(row?.guidedChoiceField) };
}

/** Keeps what the last Test connection found; the new-run form offers modes from it. */
export async function storeCapabilities(id: string, capabilities: TCapabilities, db: TDb = prisma): Promise<void> {
  await db.modelEndpoint.updateMany({ where: { id }, data: { capabilities } });
}
