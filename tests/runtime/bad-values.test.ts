// Issue 7, defect 5: a hostile value from the page gets a short, clear refusal and changes
// nothing: nested 100,000 deep (no stack overflow on the way), megabytes long (not echoed
// back), or of the wrong type however large.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = `
  import * as st from "rivulet";
  const on = st.checkbox("on");
  const name = st.textInput("name", { maxChars: 10 });
  const n = st.slider("n", { maxValue: 10 });
  st.text(\`\${on} \${name} \${n}\`);
  const form = st.form("f");
  form.textInput("in form");
  form.formSubmitButton("Send");
`;

function deepList(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

describe("hostile widget values", () => {
  it("a value nested 100,000 levels deep is refused with an error, and the session goes on", async () => {
    const at = await AppTest.fromString(app).run();
    for (const widget of [at.checkbox[0]!, at.textInput[0]!, at.slider[0]!]) {
      at.send(`{"type":"setValue","id":${JSON.stringify(widget.id)},"value":${deepList(100_000)}}`);
      expect(at.errors.at(-1)).toMatch(/nested more than \d+ levels deep/);
    }
    const [field, button] = [at.textInput[1]!, at.button[0]!];
    at.send(`{"type":"submit","id":${JSON.stringify(button.id)},"values":[{"id":${JSON.stringify(field.id)},"value":${deepList(100_000)}}]}`);
    expect(at.errors.at(-1)).toMatch(/^Submit of form "f" rejected: .*nested more than \d+ levels deep/);
    await at.checkbox[0]!.check().run();
    expect(at.text[0]!.value).toBe("true  0");
  });

  it("a rejected value is not echoed back: the error is short whatever the value's size", async () => {
    const at = await AppTest.fromString(app).run();
    const big = "x".repeat(7_000_000);
    at.send(JSON.stringify({ type: "setValue", id: at.checkbox[0]!.id, value: big }));
    at.send(JSON.stringify({ type: "setValue", id: at.textInput[0]!.id, value: big }));
    at.send(JSON.stringify({ type: "setValue", id: at.slider[0]!.id, value: [big, big] }));
    at.send(JSON.stringify({ type: "setValue", id: at.checkbox[0]!.id, value: Array.from({ length: 100_000 }, () => 1) }));
    expect(at.errors).toHaveLength(4);
    for (const error of at.errors) expect(error.length).toBeLessThan(300);
    expect(at.errors[0]).toBe('Value for widget "' + at.checkbox[0]!.id + '" rejected: a string of 7,000,000 characters is not true or false.');
    expect(at.errors[1]).toMatch(/7000000 characters is more than maxChars \(10\)/);
    expect(at.errors[2]).toMatch(/a list of 2 values/);
    await at.run();
    expect(at.text[0]!.value).toBe("false  0");
  });

  it("a state value the slider cannot take is described, even when JSON cannot show it", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (st.button("bad")) st.sessionState.n = 10n;
      st.slider("n", { key: "n", maxValue: 10 });
    `).run();
    await at.button[0]!.click().run();
    expect(at.exception[0]!.message).toBe('st.slider("n") takes a number from 0 to 10; st.sessionState.n holds 10n.');
  });
});
