export default {
  options: { filename: "/app/streamlit_app.ts", pagesFolder: ["pages/1_orders.ts", "pages/2_📦_stock.ts"] },
};
