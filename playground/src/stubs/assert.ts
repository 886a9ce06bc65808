// node:assert in the compiler's worker: Babel's TypeScript plugin asserts on the values of enum
// members. The same check, for the browser (Vite would give it an empty module).
export default function assert(value: unknown, message?: string): asserts value {
  if (!value) throw new Error(message ?? "assertion failed");
}
