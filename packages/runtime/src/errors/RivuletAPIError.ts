import { fillMessage, type Placeholders } from "./placeholders.ts";
import { RAISES } from "./raises.generated.ts";

/** The codes a RivuletAPIError carries (the catalogue's entries with a `raises` message). */
export type RunCode = keyof typeof RAISES;

type ParamsOf<C extends RunCode> = { [P in Placeholders<(typeof RAISES)[C]>]: string };
/** A code's parameters, when its message has any. */
type ParamsArg<C extends RunCode> = [Placeholders<(typeof RAISES)[C]>] extends [never] ? [] : [params: ParamsOf<C>];

/**
 * Raised where Streamlit raises StreamlitAPIException: a misuse of the st API. The code is the
 * catalogue's (errors/catalogue.ts, docs/diagnostics.md), and the message is its `raises`,
 * filled with `params`: `new RivuletAPIError("nested_form")`,
 * `new RivuletAPIError("duplicate_form_key", { key })`.
 */
/** The brand of a RivuletAPIError: every copy of the runtime in the process knows it (session/processWide.ts). */
const BRAND = Symbol.for("rivulet.RivuletAPIError");

export class RivuletAPIError<C extends RunCode = RunCode> extends Error {
  override name = "RivuletAPIError";
  readonly code: C;

  constructor(code: C, ...params: ParamsArg<C>) {
    super(fillMessage(RAISES[code], (params[0] ?? {}) as Record<string, string>));
    this.code = code;
  }

  get [BRAND](): C {
    return this.code;
  }

  /**
   * `error instanceof st.RivuletAPIError` holds for one raised by another copy of the runtime
   * loaded in the process too; a subclass (OutsideRunError) is checked by its code.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null) return false;
    const code = (value as { [BRAND]?: unknown })[BRAND];
    if (code === undefined) return false;
    const only = (this as { onlyCode?: string }).onlyCode;
    return only === undefined || code === only;
  }
}
