// With `magic: false`, bare expression statements stay as they are.
import * as st from "rivulet";

const region = "EU";
`## Sales for ${region}`;
region;
st.write(region);
