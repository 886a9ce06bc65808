// Charts from data, an image of the script's own bytes, and a download of what it computed.
import * as st from "rivulet";

const days = Array.from({ length: 30 }, (_, i) => i + 1);
const sales = { day: days, online: days.map((d) => 100 + 40 * Math.sin(d / 4)), store: days.map((d) => 80 + d) };
st.lineChart(sales, { x: "day", yLabel: "sales" });
st.barChart({ region: ["North", "South", "East"], sales: [320, 270, 410] }, { x: "region", y: "sales", horizontal: true });

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" rx="8" fill="#ff4b4b"/></svg>`;
st.image(svg, { caption: "An SVG the script wrote" });

const csv = ["day,online,store", ...days.map((d, i) => `${d},${sales.online[i]!.toFixed(1)},${sales.store[i]}`)].join("\n");
st.downloadButton("Download the sales", csv, { fileName: "sales.csv", mime: "text/csv" });
