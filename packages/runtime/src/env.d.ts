// The few host globals the runtime core uses. Node and Web Workers both have them; declaring
// them here (instead of the Node or DOM libraries) keeps Node-only and DOM-only APIs out.
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
}
interface ImportMeta {
  readonly url: string;
}
declare const console: {
  warn(...data: unknown[]): void;
};
declare function queueMicrotask(callback: () => void): void;
interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
}
declare class AbortController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
}
declare const performance: {
  now(): number;
};
/** st.cacheData's copies. */
declare function structuredClone<T>(value: T): T;
/** Hashing long cache keys (UTF-8 bytes). */
declare class TextEncoder {
  encode(input: string): Uint8Array;
}
