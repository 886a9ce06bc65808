// st.cameraInput and st.audioInput in the browser, with Chromium's fake camera and microphone:
// a photo is taken and uploaded as a JPEG, a recording is made a WAV file at the widget's
// sample rate and uploaded; the script gets both as UploadedFiles; clearing them gives null.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `import * as st from "rivulet";
const photo = st.cameraInput("Smile");
st.text("photo " + (photo === null ? "none" : photo.type + " " + (photo.bytes()[0] === 0xff && photo.bytes()[1] === 0xd8 ? "jpeg" : "other")));
const voice = st.audioInput("Speak", { sampleRate: 8000 });
if (voice === null) st.text("voice none");
else {
  const view = new DataView(voice.arrayBuffer());
  st.text("voice " + voice.type + " " + voice.text().slice(0, 4) + " rate " + view.getUint32(24, true) + " samples " + (view.getUint32(40, true) / 2));
}
`;

const app = appUnderTest("camera-audio", APP, { fakeMedia: true });

test("a photo is taken from the camera and comes to the script as a JPEG", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const camera = page.locator('[data-testid="camera-input"]');
  const take = camera.getByRole("button", { name: "Take photo" });
  await expect.poll(() => take.isEnabled()).toBe(true);
  await expect.poll(() => camera.locator("video").evaluate((v) => (v as HTMLVideoElement).videoWidth)).toBeGreaterThan(0);
  await take.click();
  await expect.poll(() => page.getByText(/^photo /).innerText()).toBe("photo image/jpeg jpeg");
  await camera.getByRole("img", { name: "Taken with the camera" }).waitFor();
  await camera.getByRole("button", { name: "Clear photo" }).click();
  await expect.poll(() => page.getByText(/^photo /).innerText()).toBe("photo none");
  await page.close();
});

test("a recording from the microphone comes to the script as a WAV file at its sample rate", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const input = page.locator('[data-testid="audio-input"]');
  await input.getByRole("button", { name: "Record" }).click();
  const stop = input.getByRole("button", { name: "Stop recording" });
  await stop.waitFor();
  await expect.poll(() => input.getByText(/^Recording 0:0[1-9]/).count(), { timeout: 10_000 }).toBe(1);
  await stop.click();
  const said = page.getByText(/^voice /);
  await expect.poll(() => said.innerText(), { timeout: 15_000 }).toMatch(/^voice audio\/wav RIFF rate 8000 samples \d+$/);
  const samples = Number(/samples (\d+)/.exec(await said.innerText())![1]);
  // About a second or more at 8 kHz.
  expect(samples).toBeGreaterThan(6000);
  await input.getByRole("button", { name: "Clear recording" }).click();
  await expect.poll(() => said.innerText()).toBe("voice none");
  await page.close();
});
