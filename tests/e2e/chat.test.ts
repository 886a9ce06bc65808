// A chat app in the browser: the message box pinned to the bottom sends on Enter (Shift+Enter
// adds a line), messages show with their avatars, and a streamed reply arrives as it is written.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
st.title("Echo bot");
st.sessionState.messages ??= [];
for (const message of st.sessionState.messages) st.chatMessage(message.role).markdown(message.content);
const prompt = st.chatInput("What is up?");
if (prompt) {
  st.chatMessage("user").markdown(prompt);
  st.sessionState.messages.push({ role: "user", content: prompt });
  async function* echo() {
    for (const word of ("Echo: " + prompt).split(" ")) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      yield word + " ";
    }
  }
  const reply = await st.chatMessage("assistant").writeStream(echo);
  st.sessionState.messages.push({ role: "assistant", content: reply });
}
`;

const app = appUnderTest("chat", APP);

test("a message sent with Enter shows with its echo, streamed; the box stays at the bottom", async () => {
  const page = await app.browser.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(app.server.url);
  const box = page.getByRole("textbox", { name: "What is up?" });
  await box.waitFor();
  const bottom = await box.boundingBox();
  expect(bottom!.y).toBeGreaterThan(500);
  await box.fill("first line");
  await box.press("Shift+Enter");
  await box.pressSequentially("second");
  expect(await box.inputValue()).toBe("first line\nsecond");
  await box.press("Enter");
  await page.getByRole("article", { name: "Chat message from assistant" }).getByText("Echo: first line second").waitFor();
  expect(await box.inputValue()).toBe("");
  expect(await page.getByRole("article", { name: "Chat message from user" }).count()).toBe(1);
  await box.fill("again");
  await box.press("Enter");
  await page.getByText("Echo: again").waitFor();
  expect(await page.getByRole("article", { name: "Chat message from user" }).count()).toBe(2);
  await page.close();
});
