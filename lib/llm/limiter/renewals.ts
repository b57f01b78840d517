import type { TEndpointLimits, TLease } from "./types";

/** The renew script's reply: {limit, slots in use, other processes waiting}. */
export type TRenewReply = number[];

type TBatch = { limits: TEndpointLimits; ids: string[] };

/**
 * Collects the leases handed on during one event-loop turn and renews each endpoint's batch in one round trip, off
 * the request path. Order is safe: a renewal is sent before any release of the same lease can be (both go over the
 * same Redis connection, and a request takes more than one turn), and a lease released before its renewal was sent
 * is dropped from the batch so the renewal cannot resurrect it.
 */
export function createRenewals(options: {
  renew: (limits: TEndpointLimits, ids: string[]) => Promise<TRenewReply>;
  onReply: (limits: TEndpointLimits, reply: TRenewReply) => void;
  onError: (endpointId: string, error: unknown) => void;
}) {
  let pending = new Map<string, TBatch>();
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    const batches = pending;
    pending = new Map();
    for (const [endpointId, batch] of batches) {
      if (batch.ids.length === 0) continue;
      options.renew(batch.limits, batch.ids).then(
        (reply) => options.onReply(batch.limits, reply),
        (error: unknown) => options.onError(endpointId, error),
      );
    }
  }

  return {
    add(lease: TLease): void {
      const { endpointId } = lease.limits;
      const batch = pending.get(endpointId) ?? { limits: lease.limits, ids: [] };
      batch.limits = lease.limits;
      batch.ids.push(lease.id);
      pending.set(endpointId, batch);
      if (scheduled) return;
      scheduled = true;
      setImmediate(flush);
    },
    cancel(lease: TLease): void {
      const batch = pending.get(lease.limits.endpointId);
      if (!batch) return;
      const index = batch.ids.indexOf(lease.id);
      if (index >= 0) batch.ids.splice(index, 1);
    },
  };
}
