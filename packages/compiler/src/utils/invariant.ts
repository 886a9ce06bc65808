// Internal bugs, never user mistakes: those get a catalogue code instead.
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`rivulet compiler invariant failed: ${message}`);
}
