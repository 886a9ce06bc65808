// st.secrets reads .rivulet/secrets.toml of the project (over ~/.rivulet/secrets.toml).
import * as st from "rivulet";

const headers = { authorization: `Bearer ${st.secrets.api_key}` };
const { user, host } = st.secrets.db;
const region = st.secrets.get("region", "eu-west"); // absent: the fallback
st.text(`${user}@${host} in ${region}, ${headers.authorization.length} characters of header`);
