// A script's bytes as text: UTF-8, without its byte-order mark. Bytes that are not UTF-8 are
// not replaced silently (the script would run with U+FFFD where the author wrote something
// else): the first one is reported, where it is.

// The WHATWG decoder, which Node and browsers both have (the compiler's lib has neither's types).
declare const TextDecoder: new (label: string, options: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(bytes: Uint8Array): string };

export type Decoded = { ok: true; text: string } | { ok: false; text: string; offset: number; byte: number };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: withoutBom(strict.decode(bytes)) };
  } catch {
    const at = firstInvalid(bytes);
    // What comes before it, as text: where the diagnostic points.
    return { ok: false, text: withoutBom(lenient.decode(bytes)), offset: withoutBom(lenient.decode(bytes.subarray(0, at))).length, byte: bytes[at] ?? 0 };
  }
}

/** Editors do not count a byte-order mark as a column: neither do diagnostics. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong, surrogate and out-of-range forms the decoder refused.
    try {
      strict.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}
