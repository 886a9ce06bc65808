// st.columnConfig: how a dataframe shows a column (api/data/columnConfig.ts holds the schema and
// the functions). It writes nothing: its functions make configs for `columnConfig`.

import { columnConfigApi } from "../api/data/columnConfig.ts";
import { defineApi } from "./define.ts";

export const columnConfig = columnConfigApi;

export default defineApi({
  api: { columnConfig },
  containerMethods: false,
  section: "Data",
  docs: [
    {
      calls: [
        "st.columnConfig.Column(label, { width, help, disabled, required, pinned, alignment, default })",
        "st.columnConfig.TextColumn / NumberColumn / CheckboxColumn / SelectboxColumn / DatetimeColumn / DateColumn / TimeColumn / LinkColumn / ImageColumn / ProgressColumn / LineChartColumn / BarChartColumn / AreaChartColumn / ListColumn / JsonColumn(label, { ...their own })",
      ],
      streamlit: ["st.column_config.*"],
      notes: "for `columnConfig` of st.dataframe; a string is a label, null hides the column",
      example:
        'st.dataframe({ task: ["Write", "Test"], done: [0.8, 0.3], trend: [[1, 3, 2], [2, 2, 4]] }, {\n  columnConfig: { done: st.columnConfig.ProgressColumn("Done", { minValue: 0, maxValue: 1 }), trend: st.columnConfig.LineChartColumn("Trend") },\n});',
    },
  ],
});
