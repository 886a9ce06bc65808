// Every check, in the order their diagnostics are reported for one location.
import type { Check } from "./context.ts";
import { invalidRerunScope } from "./InvalidRerunScope.ts";
import { rerunInCallback } from "./RerunInCallback.ts";
import { rerunScopeOutsideFragment } from "./RerunScopeOutsideFragment.ts";
import { rerunUnconditional } from "./RerunUnconditional.ts";

export const checks: readonly Check[] = [invalidRerunScope, rerunScopeOutsideFragment, rerunUnconditional, rerunInCallback];
export type { Check, CheckContext } from "./context.ts";
