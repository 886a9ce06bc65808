// st.queryParams: the page URL's query parameters (state/queryParamsView.ts). Changes reach the
// page URL at the end of the run.

import { currentExecution } from "../session/context.ts";
import { queryParamsProxy, type QueryParams } from "../state/queryParamsView.ts";

export type { QueryParams } from "../state/queryParamsView.ts";

/** `st.queryParams` for compiled scripts is `$rt.queryParams`: bound to the run's own session. */
export const queryParams: QueryParams = queryParamsProxy(() => currentExecution("queryParams").session.queryParams);
