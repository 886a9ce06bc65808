// st.plotlyChart, st.graphvizChart and st.map in the browser: plotly.js draws the figure (and a
// click on a point selects it), Graphviz in WebAssembly lays out the DOT as SVG (and says why
// when it cannot), Leaflet draws the points on a canvas over map tiles, or on a plain background
// when the tiles cannot be fetched.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

const APP = `import * as st from "rivulet";
const event = st.plotlyChart({ data: [{ type: "scatter", mode: "markers", x: [1, 2, 3], y: [3, 1, 2], marker: { size: 30 } }] }, { onSelect: "rerun", selectionMode: "points", key: "p" });
st.text("picked " + JSON.stringify(event.selection.pointIndices));
st.graphvizChart('digraph { rankdir=LR; start -> middle -> end; start [URL="javascript:alert(1)"] }');
st.graphvizChart("digraph { a -> }");
st.map({ lat: [59.91, 59.95, 59.93], lon: [10.75, 10.7, 10.8], size: [800, 600, 400] }, { size: "size", color: "#0068c9", height: 300 });
`;

const app = appUnderTest("more-charts", APP);

test("plotly.js draws the figure, and a click on a point selects it", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const chart = page.locator('[data-testid="plotly-chart"]');
  const points = chart.locator(".scatterlayer .point");
  await expect.poll(() => points.count()).toBe(3);
  await points.nth(1).click({ force: true });
  await expect.poll(() => page.getByText(/^picked /).innerText()).toBe("picked [1]");
  await page.close();
});

test("Graphviz lays out the DOT as sanitized SVG, and says why a graph it cannot read is not drawn", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const [good, bad] = [page.locator('[data-testid="graphviz-chart"]').nth(0), page.locator('[data-testid="graphviz-chart"]').nth(1)];
  await expect.poll(() => good.locator("svg g.node").count()).toBe(3);
  expect(await good.locator("svg g.edge").count()).toBe(2);
  expect(await good.locator("svg text").allTextContents()).toEqual(expect.arrayContaining(["start", "middle", "end"]));
  // The DOT's javascript: URL did not survive the sanitizer.
  expect(await good.innerHTML()).not.toContain("javascript:");
  await expect.poll(() => bad.getByRole("alert").innerText()).toMatch(/The graph could not be drawn: .*syntax error/i);
  await page.close();
});

test("the map draws its points on a canvas, over tiles, or on a plain background when they cannot come", async () => {
  for (const reachable of [false, true]) {
    const page = await app.browser.newPage();
    await page.route("**/*.basemaps.cartocdn.com/**", (route) =>
      reachable ? route.fulfill({ status: 200, contentType: "image/png", body: Buffer.from(PNG, "base64") }) : route.abort("internetdisconnected"),
    );
    await page.goto(app.server.url);
    const map = page.locator('[data-testid="map"]');
    await expect.poll(() => map.getAttribute("data-points")).toBe("3");
    const painted = () =>
      map.locator("canvas").first().evaluate((c) => {
        const canvas = c as HTMLCanvasElement;
        const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        let count = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
        return count;
      });
    await expect.poll(painted).toBeGreaterThan(100);
    if (reachable) {
      await map.locator(".leaflet-tile-loaded").first().waitFor();
      expect(await map.getAttribute("data-offline")).toBe("false");
    } else {
      await map.getByRole("status").waitFor();
      expect(await map.getByRole("status").innerText()).toMatch(/Map tiles could not be loaded/);
    }
    await page.close();
  }
});
