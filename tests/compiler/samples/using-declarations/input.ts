import * as st from "rivulet";
// `using` and `await using` are lowered to try/finally: Node 20 does not know them.
{
  using file = { [Symbol.dispose]() { st.text("closed"); } };
  st.text("reading");
}
await using connection = { async [Symbol.asyncDispose]() { st.text("disconnected"); } };
st.text("connected");
