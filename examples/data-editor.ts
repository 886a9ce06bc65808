// Expenses the user edits in place: a category per row from a list, rows added and deleted;
// the total and the chart follow the edited data.
import * as st from "rivulet";

const expenses = st.dataEditor(
  [
    { item: "Rent", category: "Home", amount: 1200 },
    { item: "Groceries", category: "Food", amount: 310.5 },
    { item: "Train pass", category: "Travel", amount: 89 },
  ],
  {
    key: "expenses",
    numRows: "dynamic",
    columnConfig: {
      item: st.columnConfig.TextColumn("Item", { required: true }),
      category: st.columnConfig.SelectboxColumn("Category", { options: ["Home", "Food", "Travel", "Other"], default: "Other" }),
      amount: st.columnConfig.NumberColumn("Amount", { minValue: 0, format: "dollar", default: 0 }),
    },
  },
);

const total = expenses.reduce((sum, row) => sum + (row.amount ?? 0), 0);
st.metric("Total", `$${total.toFixed(2)}`);
const byCategory = new Map<string, number>();
for (const row of expenses) byCategory.set(row.category ?? "Other", (byCategory.get(row.category ?? "Other") ?? 0) + (row.amount ?? 0));
st.barChart([...byCategory].map(([category, amount]) => ({ category, amount })), { x: "category", y: "amount" });
