// A module of the app other than the entry: kept in place, exports and all; each outermost
// function takes the run it is called in, code outside every function has the ambient handle.
import * as st from "rivulet";

export const loadRows = st.cacheData(async (table: string) => [{ table }]);

export function filters(label: string): number {
  for (const step of [1, 2]) st.text(`step ${step}`);
  return st.slider(label, { minValue: 0, maxValue: 10 });
}

export const caption = (text: string) => st.caption(text);

export async function report(table: string): Promise<void> {
  const rows = await loadRows(table);
  st.write(rows);
  st.button("Again", { onClick: () => st.sessionState.again = true });
}

export default class Panel {
  render(): void {
    st.header("Panel");
  }
}

// Not written with st.write: magic is the entry's only.
"no magic here";
const $rtOf = "the module's own";
export { $rtOf };
