import * as st from "rivulet";
import { helper } from "./helper.ts";
export { other } from "./other.ts";
export * from "rivulet";
export const shown = 1;
const lazy = await import("./lazy.ts");
st.write(helper(lazy, shown));
