export default {
  options: { filename: "/app/pages/orders.ts", mode: "page" },
};
