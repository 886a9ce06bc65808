/** A plain TypeScript module the Rivulet script imports: Vite compiles it like any other. */
export function greeting(name: string): string {
  return name.trim() === "" ? "Hello!" : `Hello, ${name.trim()}!`;
}
