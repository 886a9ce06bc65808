import { currentExecution } from "../session/context.ts";
import { sessionStateProxy } from "../state/sessionState.ts";

/**
 * `st.sessionState`: values that live as long as the session, shared by all its runs. Compiled
 * scripts use `$rt.sessionState`, bound to the run's own session; this one finds the session
 * through the current run (for modules the compiler did not see).
 */
export const sessionState: Record<string, any> = sessionStateProxy(() => currentExecution("sessionState").session.state);
