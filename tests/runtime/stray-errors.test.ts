// Script code that outlives its run must not stop the server: the guard hosts install.
import { describe, expect, it } from "vitest";
import {
  OutsideRunError,
  Session,
  guardStrayScriptErrors,
  isControlSignal,
  type ProcessLike,
  type RunHandle,
} from "@rivulet/runtime";

type Listener = (reason: unknown) => void;

function fakeProcess(otherListeners = 0): ProcessLike & { emit(event: string, reason: unknown): void } {
  const listeners = new Map<string, Listener[]>();
  return {
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    listenerCount: (event) => (listeners.get(event)?.length ?? 0) + otherListeners,
    emit(event, reason) {
      for (const listener of listeners.get(event) ?? []) listener(reason);
    },
  };
}

describe("guardStrayScriptErrors", () => {
  it("logs an st call made outside a run and lets the process go on", () => {
    const process = fakeProcess();
    const warnings: string[] = [];
    guardStrayScriptErrors(process, { warn: (m) => warnings.push(m) });
    process.emit("uncaughtException", new OutsideRunError("text"));
    expect(warnings).toEqual([expect.stringMatching(/st\.text\(\) was called outside a script run/)]);
  });

  it("ignores the halt signal a run's code throws when it resumes after the run ended", async () => {
    let handle: RunHandle | undefined;
    const session = new Session({ script: { run: ($rt) => void (handle = $rt), file: "late.ts" }, send: () => {}, sendData: () => {} });
    session.start();
    await session.idle();
    let stray: unknown;
    try {
      handle!.resume("too late");
    } catch (error) {
      stray = error;
    }
    expect(isControlSignal(stray)).toBe(true);
    const process = fakeProcess();
    const warnings: string[] = [];
    guardStrayScriptErrors(process, { warn: (m) => warnings.push(m) });
    expect(() => process.emit("unhandledRejection", stray)).not.toThrow();
    expect(warnings).toEqual([]);
  });

  it("leaves other errors to the process: alone it rethrows them, beside other listeners it does nothing", () => {
    const alone = fakeProcess();
    guardStrayScriptErrors(alone, { warn: () => {} });
    expect(() => alone.emit("unhandledRejection", new TypeError("real bug"))).toThrow("real bug");
    const shared = fakeProcess(1);
    guardStrayScriptErrors(shared, { warn: () => {} });
    expect(() => shared.emit("unhandledRejection", new TypeError("real bug"))).not.toThrow();
  });
});

describe("guardStrayScriptErrors with a handler for other errors", () => {
  it("hands them over instead of rethrowing, even alone", () => {
    const alone = fakeProcess();
    const others: unknown[] = [];
    guardStrayScriptErrors(alone, { warn: () => {}, other: (e) => others.push(e) });
    const bug = new TypeError("a script's stray bug");
    expect(() => alone.emit("uncaughtException", bug)).not.toThrow();
    expect(others).toEqual([bug]);
  });
});
