/** Cryptographic random bytes in both Node and browsers (globalThis.crypto exists in both). */
export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  globalThis.crypto.getRandomValues(out);
  return out;
}
