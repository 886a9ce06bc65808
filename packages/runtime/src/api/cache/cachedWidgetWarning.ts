// Streamlit's CachedWidgetWarning: a widget made while a cached function computes is made only on
// a miss (a hit writes its element again, but runs none of the function), so its value cannot be
// relied on. Written above the widget, as Streamlit shows it, on the run that computes.

import type { AlertNode } from "../../wire/coreNodes.ts";

export const CACHED_WIDGET_WARNING: AlertNode = {
  kind: "alert",
  level: "warning",
  body:
    "Your script uses a widget command in a cached function (a function passed to `st.cacheData` or `st.cacheResource`). " +
    'This code will only be called when we detect a cache "miss", which can lead to unexpected results.\n\n' +
    "To fix this, move all widget commands outside the cached function.",
};
