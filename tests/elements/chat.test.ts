// Chat elements through AppTest: st.chatInput (the message for exactly the run it caused),
// st.chatMessage (a container with its author's avatar), st.writeStream (text as it arrives),
// and st.status (a container that says how work goes).
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("a chat", () => {
  it("st.chatInput returns the message for the run it caused, then null; messages keep the history", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.history ??= [];
      const prompt = st.chatInput("Say something", { maxChars: 20 });
      if (prompt) st.sessionState.history.push(prompt);
      for (const [i, message] of st.sessionState.history.entries()) {
        st.chatMessage(i % 2 === 0 ? "user" : "assistant").write(message);
      }
      st.text("prompt " + prompt);
    `).run();
    const input = at.chatInput[0]!;
    expect([input.label, input.maxChars, input.pinned, input.value]).toEqual(["Say something", 20, true, null]);
    await input.submit("hello").run();
    expect(at.text[0]!.value).toBe("prompt hello");
    await at.chatInput[0]!.submit("again").run();
    expect(at.chatMessage.map((m) => [m.name, m.avatar.kind, m.markdown[0]!.value])).toEqual([
      ["user", "user", "hello"],
      ["assistant", "assistant", "again"],
    ]);
    // A rerun for another reason sees no message.
    await at.run();
    expect(at.text[0]!.value).toBe("prompt null");
    at.send(JSON.stringify({ type: "trigger", id: input.id, value: "x".repeat(21) }));
    expect(at.errors.at(-1)).toBe(`Trigger of widget "${input.id}" rejected: 21 characters is more than maxChars (20).`);
    at.send(JSON.stringify({ type: "trigger", id: input.id }));
    expect(at.errors.at(-1)).toBe(`Trigger of widget "${input.id}" rejected: its trigger carries a value.`);
  });

  it("st.chatInput is pinned only in the main area, and refused in a form", async () => {
    let at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.container().chatInput("Inline");
      st.sidebar.chatInput("Side");
    `).run();
    expect(at.chatInput.map((c) => c.pinned)).toEqual([false, false]);
    at = await AppTest.fromString(`import * as st from "rivulet";\nconst f = st.form("f");\nf.chatInput();\nf.formSubmitButton();`).run();
    expect(at.exception[0]!.value).toBe("`st.chatInput()` can't be used in a `st.form()`.");
  });

  it("st.chatMessage takes Streamlit's avatars", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.chatMessage("AI");
      st.chatMessage("Bob");
      st.chatMessage("bot", { avatar: "🦖" });
      st.chatMessage("pic", { avatar: "https://example.com/a.png" });
    `).run();
    expect(at.chatMessage.map((m) => m.avatar)).toEqual([
      { kind: "assistant", value: "assistant" },
      { kind: "initial", value: "B" },
      { kind: "icon", value: "🦖" },
      { kind: "image", value: "https://example.com/a.png" },
    ]);
    const bad = await AppTest.fromString(`import * as st from "rivulet";\nst.chatMessage("x", { avatar: "not a thing" });`).run();
    expect(bad.exception[0]!.value).toBe("st.chatMessage: `avatar` should be an emoji, a Material icon or the URL of an image, not \"not a thing\".");
  });

  it("st.writeStream writes text as it comes and returns it; other chunks are written between texts", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      async function* reply() {
        yield "Hello ";
        yield "world";
        yield { n: 1 };
        yield "after";
      }
      const result = await st.writeStream(reply);
      const plain = await st.writeStream(["just ", "text"]);
      const openai = await st.writeStream([{ choices: [{ delta: { content: "from " } }] }, { choices: [{ delta: {} }] }, { choices: [{ delta: { content: "OpenAI" } }] }]);
      st.text(JSON.stringify([result, plain, openai]));
    `).run();
    expect(at.markdown.map((m) => m.value)).toEqual(["Hello world", "after", "just text", "from OpenAI"]);
    expect(at.json[0]!.value).toEqual({ n: 1 });
    expect(JSON.parse(at.text[0]!.value)).toEqual([["Hello world", { n: 1 }, "after"], "just text", "from OpenAI"]);
    const bad = await AppTest.fromString(`import * as st from "rivulet";\nawait st.writeStream("text" as never);`).run();
    expect(bad.exception[0]!.value).toMatch(/^st\.writeStream: `stream` should be a generator or another iterable \(st\.write writes a string\), not "text"\.$/);
  });
});

describe("st.status", () => {
  it("is a container whose with() marks it complete, or error when the work throws; update changes it", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const ok = st.status("Downloading…", { expanded: true });
      await ok.with(async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        st.write("Found the file.");
      });
      const failing = st.status("Failing");
      try {
        failing.with(() => { throw new Error("nope"); });
      } catch {}
      const manual = st.status("Manual");
      manual.update({ label: "Done by hand", state: "complete" });
    `).run();
    expect(at.status.map((s) => [s.label, s.state, s.expanded])).toEqual([
      ["Downloading…", "complete", true],
      ["Failing", "error", false],
      ["Done by hand", "complete", false],
    ]);
    expect(at.status[0]!.markdown[0]!.value).toBe("Found the file.");
    const bad = await AppTest.fromString(`import * as st from "rivulet";\nst.status("x", { state: "done" as never });`).run();
    expect(bad.exception[0]!.value).toBe("st.status: `state` should be \"running\", \"complete\" or \"error\", not \"done\".");
  });
});
