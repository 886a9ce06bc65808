// The id of data sent in binary frames: a hash of its bytes, so data that a rerun writes again
// (the same table) is not sent again. Two independent 32-bit lanes over 32-bit words (MurmurHash3's
// mixing in one, a multiply-add in the other) and the length: 64 bits, ~1.5 GB/s here, where
// SHA-256 in JavaScript does ~0.2 GB/s (a million-row table is 80 MB). Not for adversaries:
// a session hashes only what its own script wrote.

export function contentHash(bytes: Uint8Array): string {
  const words = bytes.byteLength >>> 2;
  const aligned = bytes.byteOffset % 4 === 0;
  const view = aligned ? new Int32Array(bytes.buffer, bytes.byteOffset, words) : null;
  const data = view === null ? new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null;
  let a = 0x9747b28c | 0;
  let b = 0x85ebca6b | 0;
  for (let i = 0; i < words; i++) {
    const w = view !== null ? view[i]! : data!.getInt32(i * 4, true);
    let k = Math.imul(w, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    a ^= Math.imul(k, 0x1b873593);
    a = (a << 13) | (a >>> 19);
    a = (Math.imul(a, 5) + 0xe6546b64) | 0;
    b = (Math.imul(b ^ w, 0x27d4eb2d) + i) | 0;
  }
  for (let i = words * 4; i < bytes.byteLength; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(b + bytes[i]!, 0x2c1b3c6d);
  }
  a = fmix(a ^ bytes.byteLength);
  b = fmix(b ^ a);
  return `${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}-${bytes.byteLength.toString(36)}`;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
