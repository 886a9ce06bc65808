import { currentExecution } from "../session/context.ts";
import { sessionStateProxy } from "../state/sessionState.ts";

/** `st.sessionState`: values that live as long as the session, shared by all its runs. */
export const sessionState: Record<string, any> = sessionStateProxy(() => currentExecution("sessionState").session.state);
