import { getProducer } from "@/lib/queue/producer";

/** Worker processes currently connected to the system queue (BullMQ names its connections); null if unknown. */
export async function countOnlineWorkers(): Promise<number | null> {
  try {
    return await getProducer().queue("system").getWorkersCount();
  } catch {
    return null;
  }
}
