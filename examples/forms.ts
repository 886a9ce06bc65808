// Widgets in a form send their values only on submit, all together, in one run.
import * as st from "rivulet";

st.sessionState.todos ??= [];
const form = st.form("add", { clearOnSubmit: true });
const todo = form.textInput("Todo");
const days = form.slider("Due in (days)", { maxValue: 7 });
if (form.formSubmitButton("Add") && todo) st.sessionState.todos.push(`${todo}, in ${days} days`);

for (const t of st.sessionState.todos) st.text(t);
