import { defineConfig } from "vite";
import rivulet from "rivulet/vite";

export default defineConfig({
  plugins: [rivulet({ entry: "app.ts" })],
});
