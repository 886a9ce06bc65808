// What every value widget on the page does with its value, in one piece: it shows the user's
// value while it is being edited or its event is in flight and the server's once the server has
// answered (localValue.ts), registers with the form it is in (which then holds the value until
// a submit), and sends a committed value as `setValue` (or leaves it with the form). Components
// create one while they initialize: `const widget = new WidgetValue(() => node)`.
import { getPageForm } from "../forms/context.ts";
import { getSession } from "../session.svelte.ts";
import type { Json } from "../wire.ts";
import { shownValue, type Local } from "./localValue.ts";

interface WidgetNode<T> {
  id: string;
  value: T;
}

export class WidgetValue<T extends Json> {
  #local = $state<Local<T> | null>(null);
  /** The last value sent as `setValue`, and when. */
  #sent: { value: T; sentAt: number } | null = null;
  readonly #node: () => WidgetNode<T>;
  readonly #session = getSession();
  /** The form the widget is in, if any: its values go out only with the form's submit. */
  readonly form = getPageForm();

  constructor(node: () => WidgetNode<T>) {
    this.#node = node;
    $effect(() =>
      this.form?.register(this.#node().id, {
        value: () => this.value,
        sent: (sentAt) => (this.#local = this.#local && { value: this.#local.value, sentAt }),
      }),
    );
  }

  /** What the widget shows. */
  get value(): T {
    const local = this.#local;
    // Without a value of its own the widget shows the server's, and depends on nothing else:
    // a run finishing re-renders only the widgets that have one.
    if (local === null) return this.#node().value;
    return shownValue(local, this.#node().value, this.#session.tree.page.runsFinished);
  }

  /** The user is changing it (typing, dragging) and has not committed the change yet. */
  get editing(): boolean {
    return this.#local !== null && this.#local.sentAt === null;
  }

  /** Whether the widget can be used now (the session is connected). */
  get connected(): boolean {
    return this.#session.connected;
  }

  /** The user's value while they edit it: shown, not sent. */
  edit(value: T): void {
    this.#local = { value, sentAt: null };
  }

  /** Forgets the user's edit: the widget shows what the server will have again (`settled`). */
  revert(): void {
    this.#local = this.#inFlight();
  }

  /** What the server will have: the value sent and not yet answered by a finished run, else the server's. */
  get settled(): T {
    const inFlight = this.#inFlight();
    return inFlight === null ? this.#node().value : inFlight.value;
  }

  /**
   * The user's value is final: sent as `setValue` (in a form, kept for the submit). Nothing is
   * sent when it is what the server will have anyway (`settled`). Returns false when it could
   * not go out (not connected, too large): it is then kept as an edit not yet sent (typed text
   * is not lost), which a click-like control reverts.
   */
  commit(value: T): boolean {
    if (this.form) {
      this.#local = { value, sentAt: null };
      return true;
    }
    const inFlight = this.#inFlight();
    if (sameValue(value, inFlight === null ? this.#node().value : inFlight.value)) {
      this.revert();
      return true;
    }
    const sentAt = this.#session.tree.page.runsStarted;
    if (this.#session.send({ type: "setValue", id: this.#node().id, value })) {
      this.#local = this.#sent = { value, sentAt };
      return true;
    }
    this.#local = { value, sentAt: null };
    return false;
  }

  /** The value sent and not yet answered by a finished run, if any (an edit since does not replace it). */
  #inFlight(): { value: T; sentAt: number } | null {
    const sent = this.#sent;
    return sent !== null && this.#session.tree.page.runsFinished <= sent.sentAt ? sent : null;
  }
}

/** The same value: a list (a range slider's, a multiselect's) by its items. */
function sameValue(a: Json, b: Json): boolean {
  return a === b || (typeof a === "object" && typeof b === "object" && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}
