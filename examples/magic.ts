// Magic, as Streamlit's: a bare expression on a line of its own is written with st.write.
import * as st from "rivulet";

const region = st.selectbox("Region", ["EU", "US"]);
`## Sales for ${region}`;

const sales: Record<string, number> = { EU: 120, US: 95 };
sales[region];
sales;
st.write("A call is not magic: its value is not written again.");
