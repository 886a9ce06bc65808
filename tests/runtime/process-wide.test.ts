// The state every copy of the runtime in a process shares (session/processWide.ts): a second
// copy of the same layout joins it; one of another layout refuses to load, naming both copies.
import { expect, test } from "vitest";

const KEY = Symbol.for("rivulet.runtime.process-wide");
const MODULE = new URL("../../packages/runtime/dist/session/processWide.js", import.meta.url).href;

test("a second copy of the module shares the first one's state", async () => {
  const first = (await import(MODULE)) as typeof import("../../packages/runtime/dist/session/processWide.js");
  const second = (await import(`${MODULE}?copy=2`)) as typeof first;
  expect(second.processWide).toBe(first.processWide);
  expect(first.processWide.copies).toContain(`${MODULE}?copy=2`);
});

test("a copy of another layout refuses to load and names both copies", async () => {
  const holder = globalThis as Record<symbol, unknown>;
  const mine = holder[KEY];
  Object.defineProperty(holder, KEY, { value: { layout: 0, copies: ["file:///elsewhere/processWide.js"] }, configurable: true });
  try {
    await expect(import(`${MODULE}?copy=3`)).rejects.toThrow(/Two different versions of Rivulet's runtime are loaded in this process \(file:\/\/\/elsewhere\/processWide\.js and .*copy=3\)/);
  } finally {
    Object.defineProperty(holder, KEY, { value: mine, configurable: true });
  }
});
