import * as st from "rivulet";
const title = <h1>Sales</h1>;
