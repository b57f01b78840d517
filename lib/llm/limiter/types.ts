/** What the limiter needs to know about an endpoint; taken from the endpoint on every call, so edits apply at once. */
export type TEndpointLimits = {
  endpointId: string;
  maxConcurrency: number;
  requestsPerMinute: number | null;
  /**
   * How long a slot stays taken if its holder never releases it (a killed worker). Must exceed the longest request,
   * i.e. the endpoint timeout.
   */
  leaseMs: number;
};

/** A taken slot: one request in flight. */
export type TLease = {
  id: string;
  limits: TEndpointLimits;
  /** Redis time (ms) when the slot was granted. */
  grantedAt: number;
  /** The same in microseconds: orders the grant against the last concurrency cut (many grants share a ms). */
  grantedAtUs: number;
};

/**
 * - `ok`: the model answered; counts towards growing the concurrency again.
 * - `rate_limited`: a 429; halves the endpoint's concurrency.
 * - `error`: any other failure; frees the slot and nothing else.
 * - `unused`: no request was sent; also gives back the requests-per-minute allowance.
 */
export type TLeaseOutcome = "ok" | "rate_limited" | "error" | "unused";

export type TLimiter = {
  /** Waits for a free slot on the endpoint; rejects with the signal's reason if it aborts first. */
  acquire(limits: TEndpointLimits, signal?: AbortSignal): Promise<TLease>;
  release(lease: TLease, outcome: TLeaseOutcome): Promise<void>;
};

export type TLimiterState = {
  /** Current adaptive concurrency; equals maxConcurrency until the first 429. */
  limit: number;
  inFlight: number;
  /** Requests counted in the current requests-per-minute window. */
  inWindow: number;
};
