import { createHash } from "node:crypto";
import type { Redis } from "ioredis";

// The scripts read the clock with Redis TIME, so worker machines with skewed clocks still agree on lease expiry
// and on the rate window. Keys: KEYS[1] leases (ZSET lease id -> expiry ms), KEYS[2] rate window (ZSET lease id ->
// grant time ms), KEYS[3] state (HASH limit, successes, cutAtUs), KEYS[4] waiting processes (ZSET process id ->
// expiry ms: processes that asked for more slots than they got, so the others stop handing theirs on).

/**
 * ARGV: want, maxConcurrency, requestsPerWindow (0 = unlimited), windowMs, leaseMs, lease id prefix, process id.
 * Grants up to `want` slots at once (ids prefix:1..prefix:n) so one round trip serves a whole local queue.
 * Returns {granted, now, waitMs, nowUs}; waitMs > 0 when the rate window is full: the time until its oldest entry
 * leaves. nowUs (microseconds) orders this grant against the last concurrency cut, which milliseconds cannot.
 */
export const acquireScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nowUs = tonumber(t[1]) * 1000000 + tonumber(t[2])
local max = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local limit = tonumber(redis.call('HGET', KEYS[3], 'limit')) or max
if limit > max then limit = max end
local want = tonumber(ARGV[1])
local n = math.min(want, limit - redis.call('ZCARD', KEYS[1]))
-- A process left wanting is registered for a second, so the others give their slots back instead of handing them on.
if n < want then
  redis.call('ZADD', KEYS[4], now + 1000, ARGV[7])
  redis.call('PEXPIRE', KEYS[4], 1000)
else
  redis.call('ZREM', KEYS[4], ARGV[7])
end
if n <= 0 then return {0, now, 0, nowUs} end
local perWindow = tonumber(ARGV[3])
local windowMs = tonumber(ARGV[4])
local windowFull = false
if perWindow > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - windowMs)
  local room = perWindow - redis.call('ZCARD', KEYS[2])
  if room < n then
    n = math.max(room, 0)
    windowFull = true
  end
end
local leaseMs = tonumber(ARGV[5])
for i = 1, n do
  local id = ARGV[6] .. ':' .. i
  redis.call('ZADD', KEYS[1], now + leaseMs, id)
  if perWindow > 0 then redis.call('ZADD', KEYS[2], now, id) end
end
if n > 0 then
  -- Keys expire with their last entry, so an abandoned endpoint leaves nothing behind.
  if redis.call('PTTL', KEYS[1]) < leaseMs then redis.call('PEXPIRE', KEYS[1], leaseMs) end
  if perWindow > 0 then redis.call('PEXPIRE', KEYS[2], windowMs) end
end
local waitMs = 0
if windowFull then
  local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  waitMs = 1
  if oldest[2] then waitMs = math.max(1, tonumber(oldest[2]) + windowMs - now) end
end
return {n, now, waitMs, nowUs}
`;

/**
 * ARGV: lease id, outcome (ok | rate_limited | error | unused), maxConcurrency, growAfterSuccesses, grantedAtUs,
 * stateTtlMs, process id. Frees the slot, adapts the concurrency and returns {limit that now applies, slots in use,
 * other processes waiting}.
 */
export const releaseScript = `
redis.call('ZREM', KEYS[1], ARGV[1])
local outcome = ARGV[2]
if outcome == 'unused' then redis.call('ZREM', KEYS[2], ARGV[1]) end
local max = tonumber(ARGV[3])
local limit = tonumber(redis.call('HGET', KEYS[3], 'limit')) or max
if limit > max then limit = max end
if outcome == 'rate_limited' then
  -- Requests granted before the last cut were already in flight when it happened: their 429s belong to the same
  -- overload and must not halve the limit again (one cut per congestion event, as TCP does).
  local lastCutUs = tonumber(redis.call('HGET', KEYS[3], 'cutAtUs')) or 0
  if tonumber(ARGV[5]) > lastCutUs then
    local t = redis.call('TIME')
    limit = math.max(1, math.floor(limit / 2))
    -- Built as text: Lua would print a 16-digit number with 14 significant digits.
    local cutAtUs = t[1] .. string.format('%06d', tonumber(t[2]))
    redis.call('HSET', KEYS[3], 'limit', limit, 'successes', 0, 'cutAtUs', cutAtUs)
    redis.call('PEXPIRE', KEYS[3], ARGV[6])
  end
elseif outcome == 'ok' and limit < max then
  local successes = redis.call('HINCRBY', KEYS[3], 'successes', 1)
  if successes >= tonumber(ARGV[4]) then
    limit = limit + 1
    redis.call('HSET', KEYS[3], 'limit', limit, 'successes', 0)
  end
  redis.call('PEXPIRE', KEYS[3], ARGV[6])
end
local t = redis.call('TIME')
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000))
local others = redis.call('ZCARD', KEYS[4])
if redis.call('ZSCORE', KEYS[4], ARGV[7]) then others = others - 1 end
return {limit, redis.call('ZCARD', KEYS[1]), others}
`;

/**
 * ARGV: leaseMs, maxConcurrency, growAfterSuccesses, stateTtlMs, process id, lease ids... Renews leases a process
 * handed from a finished request straight to its next one (each a success): their expiry restarts, they count towards
 * growing the concurrency, and a lease that expired meanwhile is put back so the count stays true. Returns
 * {limit, slots in use, other processes waiting}: the process sheds slots above the limit and stops handing on
 * while others wait.
 */
export const renewScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local leaseMs = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
for i = 6, #ARGV do redis.call('ZADD', KEYS[1], now + leaseMs, ARGV[i]) end
if redis.call('PTTL', KEYS[1]) < leaseMs then redis.call('PEXPIRE', KEYS[1], leaseMs) end
local max = tonumber(ARGV[2])
local limit = tonumber(redis.call('HGET', KEYS[3], 'limit')) or max
if limit > max then limit = max end
if limit < max then
  local successes = redis.call('HINCRBY', KEYS[3], 'successes', #ARGV - 5)
  if successes >= tonumber(ARGV[3]) then
    limit = limit + 1
    redis.call('HSET', KEYS[3], 'limit', limit, 'successes', 0)
  end
  redis.call('PEXPIRE', KEYS[3], ARGV[4])
end
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
local others = redis.call('ZCARD', KEYS[4])
if redis.call('ZSCORE', KEYS[4], ARGV[5]) then others = others - 1 end
return {limit, redis.call('ZCARD', KEYS[1]), others}
`;

const shaCache = new Map<string, string>();

function sha1(script: string): string {
  let sha = shaCache.get(script);
  if (!sha) {
    sha = createHash("sha1").update(script).digest("hex");
    shaCache.set(script, sha);
  }
  return sha;
}

/** EVALSHA, falling back to EVAL once when Redis does not know the script yet (first use, restart, SCRIPT FLUSH). */
export async function runScript(
  redis: Redis,
  script: string,
  keys: readonly string[],
  args: readonly (string | number)[],
): Promise<unknown> {
  try {
    return await redis.evalsha(sha1(script), keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
    return await redis.eval(script, keys.length, ...keys, ...args);
  }
}
