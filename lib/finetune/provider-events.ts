import type { TDb } from "@/lib/db/prisma";

/** An event as the OpenAI API lists it (metrics events carry the step's losses in `data`). */
export type TProviderEvent = {
  id: string;
  created_at: number;
  level: string;
  message: string;
  data?: unknown;
};

function readNumber(data: unknown, key: string): number | null {
  if (typeof data !== "object" || data === null) return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Stores the provider's events once each (unique on the provider's event id); losses from metrics events. */
export async function recordProviderEvents(db: TDb, fineTuneId: string, events: readonly TProviderEvent[]) {
  if (events.length === 0) return;
  await db.fineTuneEvent.createMany({
    data: events.map((event) => {
      const step = readNumber(event.data, "step");
      return {
        fineTuneId,
        providerEventId: event.id.slice(0, 200),
        at: new Date(event.created_at * 1000),
        level: event.level.slice(0, 20),
        message: event.message.slice(0, 2000),
        step: step === null ? null : Math.round(step),
        trainLoss: readNumber(event.data, "train_loss"),
        validLoss: readNumber(event.data, "valid_loss"),
      };
    }),
    skipDuplicates: true,
  });
}
