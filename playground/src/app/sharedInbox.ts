// Messages for a worker that may be stuck in a loop, in shared memory: the page writes them here
// and raises the worker's attention flag; the worker's next checkpoint reads them, synchronously,
// from inside the loop (a browser worker has no way to take a postMessage from there). One
// writer (the page), one reader (the worker): a ring of length-prefixed UTF-8, its two counters
// in the first eight bytes. Needs SharedArrayBuffer: a cross-origin isolated page.

const CAPACITY = 1 << 20;
const HEADER = 8;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function sharedInboxBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER + CAPACITY);
}

export class SharedInbox {
  /** [0]: bytes written in all, [1]: bytes read in all (both modulo 2^32; CAPACITY divides that). */
  readonly #counters: Int32Array;
  readonly #ring: Uint8Array;

  constructor(buffer: SharedArrayBuffer) {
    this.#counters = new Int32Array(buffer, 0, 2);
    this.#ring = new Uint8Array(buffer, HEADER);
  }

  /** Writes `text` after what is there; false when it does not fit in what is free (it is not written). */
  push(text: string): boolean {
    const bytes = encoder.encode(text);
    const written = Atomics.load(this.#counters, 0) >>> 0;
    const free = CAPACITY - ((written - (Atomics.load(this.#counters, 1) >>> 0)) >>> 0);
    if (4 + bytes.length > free) return false;
    const length = new Uint8Array(new Uint32Array([bytes.length]).buffer);
    this.#copyIn(written, length);
    this.#copyIn(written + 4, bytes);
    // Published last: the reader never sees a message half written.
    Atomics.store(this.#counters, 0, (written + 4 + bytes.length) | 0);
    return true;
  }

  /** Every message written since the last call, oldest first. */
  drain(): string[] {
    const written = Atomics.load(this.#counters, 0) >>> 0;
    let read = Atomics.load(this.#counters, 1) >>> 0;
    const messages: string[] = [];
    while (read !== written) {
      const length = new Uint32Array(this.#copyOut(read, 4).buffer)[0]!;
      messages.push(decoder.decode(this.#copyOut(read + 4, length)));
      read = (read + 4 + length) >>> 0;
    }
    Atomics.store(this.#counters, 1, read | 0);
    return messages;
  }

  #copyIn(at: number, bytes: Uint8Array): void {
    const start = at % CAPACITY;
    const first = Math.min(bytes.length, CAPACITY - start);
    this.#ring.set(bytes.subarray(0, first), start);
    this.#ring.set(bytes.subarray(first), 0);
  }

  #copyOut(at: number, length: number): Uint8Array {
    const start = at % CAPACITY;
    const first = Math.min(length, CAPACITY - start);
    const out = new Uint8Array(length);
    out.set(this.#ring.subarray(start, start + first));
    out.set(this.#ring.subarray(0, length - first), first);
    return out;
  }
}
