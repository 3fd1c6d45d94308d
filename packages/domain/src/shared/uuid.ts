const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// Random bytes are drawn 64 KiB at a time: one getRandomValues call per id dominated bulk inserts.
const pool = new Uint8Array(65536);
let poolAt = pool.length;

let lastMs = -1;
let sequence = 0;

/**
 * UUIDv7: 48-bit Unix milliseconds, a 12-bit counter, then random bits. Ids made by one process
 * without an explicit time increase strictly (RFC 9562 method 1), so rows written in the same
 * millisecond still read back in the order they were made; `now` stamps an id with a given instant.
 */
export function uuidv7(now?: number): string {
  if (poolAt === pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolAt = 0;
  }
  const b = pool.subarray(poolAt, poolAt + 16);
  poolAt += 16;
  let randA = ((b[6] & 0x0f) << 8) | b[7];
  if (now === undefined) {
    const t = Date.now();
    if (t > lastMs) {
      lastMs = t;
      // Start low in the counter's range so a burst within one millisecond rarely overflows it.
      sequence = randA & 0x7ff;
    } else if (++sequence > 0xfff) {
      lastMs++;
      sequence = 0;
    }
    now = lastMs;
    randA = sequence;
  }
  const hi = Math.floor(now / 2 ** 16);
  const lo = now % 2 ** 16;
  const t = [HEX[(hi >>> 24) & 0xff], HEX[(hi >>> 16) & 0xff], HEX[(hi >>> 8) & 0xff], HEX[hi & 0xff], HEX[(lo >>> 8) & 0xff], HEX[lo & 0xff]];
  const r = (i: number) => HEX[b[i]];
  return (
    `${t[0]}${t[1]}${t[2]}${t[3]}-${t[4]}${t[5]}-${HEX[0x70 | (randA >>> 8)]}${HEX[randA & 0xff]}-` +
    `${HEX[(b[8] & 0x3f) | 0x80]}${r(9)}-${r(10)}${r(11)}${r(12)}${r(13)}${r(14)}${r(15)}`
  );
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
