const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// Random bytes are drawn 64 KiB at a time: one getRandomValues call per id dominated bulk inserts.
const pool = new Uint8Array(65536);
let poolAt = pool.length;

/** UUIDv7: 48-bit Unix milliseconds, then random bits; sortable by creation time. */
export function uuidv7(now: number = Date.now()): string {
  if (poolAt === pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolAt = 0;
  }
  const b = pool.subarray(poolAt, poolAt + 16);
  poolAt += 16;
  const hi = Math.floor(now / 2 ** 16);
  const lo = now % 2 ** 16;
  const t = [HEX[(hi >>> 24) & 0xff], HEX[(hi >>> 16) & 0xff], HEX[(hi >>> 8) & 0xff], HEX[hi & 0xff], HEX[(lo >>> 8) & 0xff], HEX[lo & 0xff]];
  const r = (i: number) => HEX[b[i]];
  return (
    `${t[0]}${t[1]}${t[2]}${t[3]}-${t[4]}${t[5]}-${HEX[(b[6] & 0x0f) | 0x70]}${r(7)}-` +
    `${HEX[(b[8] & 0x3f) | 0x80]}${r(9)}-${r(10)}${r(11)}${r(12)}${r(13)}${r(14)}${r(15)}`
  );
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
