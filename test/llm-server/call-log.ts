import { hashText } from "./hash";
import type { TCallLog, TCallRecord, TChatRequest } from "./types";

export type TCallLogOptions = {
  /** Keep each request's messages on its record (default true); benches turn this off. */
  retainMessages?: boolean;
  /** How many records to keep, oldest dropped first (default 10,000); counters are never dropped. */
  maxRecords?: number;
};

export type TWritableCallLog = TCallLog & {
  /** Records a request and returns its record plus how many earlier requests had the same model and key. */
  add(req: TChatRequest, key: string): { record: TCallRecord; callsForKey: number };
};

// Counters are keyed by a 53-bit hash of the key so that memory does not grow with prompt length.
type TCounts = Map<number, number>;

export function createCallLog(options: TCallLogOptions = {}): TWritableCallLog {
  const retainMessages = options.retainMessages ?? true;
  const maxRecords = options.maxRecords ?? 10_000;
  let records: TCallRecord[] = [];
  let all: TCounts = new Map();
  let byModel = new Map<string, TCounts>();
  let totalCount = 0;

  function add(req: TChatRequest, key: string) {
    const keyHash = hashText(key);
    let modelCounts = byModel.get(req.model);
    if (!modelCounts) {
      modelCounts = new Map();
      byModel.set(req.model, modelCounts);
    }
    const callsForKey = modelCounts.get(keyHash) ?? 0;
    modelCounts.set(keyHash, callsForKey + 1);
    all.set(keyHash, (all.get(keyHash) ?? 0) + 1);
    const record: TCallRecord = { index: totalCount, model: req.model, key, timestamp: Date.now() };
    if (retainMessages) record.messages = req.messages;
    totalCount++;
    if (maxRecords > 0) {
      // Trimming in batches keeps the cost of dropping old records amortised O(1).
      if (records.length >= maxRecords * 2) records = records.slice(records.length - maxRecords + 1);
      records.push(record);
    }
    return { record, callsForKey };
  }

  function countsFor(model?: string): TCounts | undefined {
    return model === undefined ? all : byModel.get(model);
  }

  return {
    add,
    total(model) {
      if (model === undefined) return totalCount;
      let sum = 0;
      for (const count of byModel.get(model)?.values() ?? []) sum += count;
      return sum;
    },
    countFor(key, model) {
      return countsFor(model)?.get(hashText(key)) ?? 0;
    },
    maxCountPerKey(model) {
      let max = 0;
      for (const count of countsFor(model)?.values() ?? []) if (count > max) max = count;
      return max;
    },
    distinctKeys(model) {
      return countsFor(model)?.size ?? 0;
    },
    records() {
      return records.length > maxRecords ? records.slice(-maxRecords) : records;
    },
    reset() {
      records = [];
      all = new Map();
      byModel = new Map();
      totalCount = 0;
    },
  };
}
