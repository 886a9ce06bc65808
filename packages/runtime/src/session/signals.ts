// Control signals halt a run. They are not Errors: the compiler puts `$rt.rethrow(e)` first in
// every catch clause of a script, so a user's try/catch cannot swallow them.

export type ControlSignal =
  | RerunSignal
  | StopSignal
  | HaltSignal
  | ShownSignal;

/** The brand of a control signal: every copy of the runtime in the process knows it (./processWide.ts). */
const SIGNAL = Symbol.for("rivulet.control-signal");

abstract class Signal {
  abstract readonly kind: ControlSignal["kind"];
  get [SIGNAL](): true {
    return true;
  }
}

/** `st.rerun()`: end this run and start a new one (of the app or of the running fragment). */
export class RerunSignal extends Signal {
  readonly kind = "rerun";
  constructor(
    readonly scope: "app" | "fragment",
    /** Where st.rerun() was called, for the rerun-storm message. */
    readonly origin: Error,
  ) {
    super();
  }
}

/** `st.stop()`: end this run. */
export class StopSignal extends Signal {
  readonly kind = "stop";
}

/** The session asked the run to halt (a newer request superseded it). */
export class HaltSignal extends Signal {
  readonly kind = "halt";
}

export function isControlSignal(value: unknown): value is ControlSignal {
  try {
    return typeof value === "object" && value !== null && (value as { [SIGNAL]?: unknown })[SIGNAL] === true;
  } catch {
    // A Proxy whose getPrototypeOf trap throws: thrown by user code, never one of ours.
    return false;
  }
}

/** An exception already shown where it happened (inside a fragment): the run ends with it. */
export class ShownSignal extends Signal {
  readonly kind = "shown";
  constructor(readonly error: unknown) {
    super();
  }
}
