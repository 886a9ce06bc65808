// Forms, as Streamlit 1.50 has them: lib/streamlit/elements/form.py (st.form: a key per form per
// run, no nesting), lib/streamlit/elements/widgets/button.py (st.button refused in a form, the
// submit button refused outside one), lib/streamlit/elements/lib/policies.py (callbacks only on
// the submit button), the frontend's Form (the "Missing Submit Button" error, values sent only
// on submit, all together, clearOnSubmit).
import { describe, expect, it } from "vitest";
import { AppTest, type BlockView } from "rivulet/testing";

const FORM_APP = `
  import * as st from "rivulet";
  st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
  const f = st.form("f");
  const n = f.slider("n", { value: 1 });
  const name = f.textInput("name");
  const sent = f.formSubmitButton("Send");
  st.text(\`n=\${n} name=\${name} sent=\${sent} runs=\${st.sessionState.runs}\`);
`;

describe("st.form: values reach the script only on submit", () => {
  it("holds the form's values until its submit button is clicked, then sends them all in one run", async () => {
    const at = await AppTest.fromString(FORM_APP).run();
    expect(at.text[0]!.value).toBe("n=1 name= sent=false runs=1");

    at.slider[0]!.setValue(5);
    at.textInput[0]!.input("Ada");
    // Held on the page's side: the views show them, the script does not see them.
    expect(at.slider[0]!.value).toBe(5);
    expect(at.textInput[0]!.value).toBe("Ada");
    await at.run();
    expect(at.text[0]!.value).toBe("n=1 name= sent=false runs=2");
    expect(at.slider[0]!.value).toBe(5);

    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.text[0]!.value).toBe("n=5 name=Ada sent=true runs=3");
    const submits = at.messages.filter((m) => m.type === "runStarted");
    expect(submits).toHaveLength(1);

    await at.run();
    expect(at.text[0]!.value).toBe("n=5 name=Ada sent=false runs=4");
  });

  it("the form is a block of its own on the page, and its widgets know they are in it", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.slider("outside");
      const f = st.form("settings", { enterToSubmit: false, border: false });
      f.slider("inside");
      f.formSubmitButton("Save", { type: "primary", icon: "💾" });
    `).run();
    const formBlock = at.main.children[1] as BlockView;
    const { children, ...spec } = formBlock.node;
    expect(spec).toEqual({ kind: "block", block: "form", formId: "settings", clearOnSubmit: false, enterToSubmit: false, border: false });
    expect(children).toHaveLength(2);
    expect(at.slider.map((s) => s.formId)).toEqual([null, "settings"]);
    expect(at.button[0]!.isFormSubmitter).toBe(true);
    expect(at.button[0]!.node).toMatchObject({ label: "Save", type: "primary", icon: "💾", isFormSubmitter: true });
  });

  it("a widget outside the form still reruns at once; the form's held values stay held", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const f = st.form("f");
      const n = f.slider("n");
      f.formSubmitButton();
      const m = st.slider("m");
      st.text(\`n=\${n} m=\${m}\`);
    `).run();
    at.slider[0]!.setValue(9);
    await at.slider[1]!.setValue(3).run();
    expect(at.text[0]!.value).toBe("n=0 m=3");
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("n=9 m=3");
  });

  it("the submit button's onClick runs once, before the script, seeing every submitted value", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.log ??= [];
      const f = st.form("f");
      f.slider("n", { key: "n" });
      f.checkbox("c", { key: "c" });
      const sent = f.formSubmitButton("Go", {
        onClick: (tag: string) => st.sessionState.log.push(tag + " n=" + st.sessionState.n + " c=" + st.sessionState.c),
        args: ["callback"],
      });
      st.sessionState.log.push("script " + sent);
      st.text(st.sessionState.log.join(", "));
    `).run();
    at.slider[0]!.setValue(4);
    at.checkbox[0]!.check();
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("script false, callback n=4 c=true, script true");
  });

  it("a submit with nothing changed still runs the app once with the button true", async () => {
    const at = await AppTest.fromString(FORM_APP).run();
    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.text[0]!.value).toBe("n=1 name= sent=true runs=2");
  });

  it("two forms submit independently: a click sends only its own form's values", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const [left, right] = st.columns(2);
      const a = left.form("a");
      const x = a.slider("x");
      const sentA = a.formSubmitButton("A");
      const [y, sentB] = st.form("b").with(() => [st.slider("y"), st.formSubmitButton("B")]);
      st.text(\`x=\${x} y=\${y} a=\${sentA} b=\${sentB}\`);
    `).run();
    const column = (at.main.children[0] as BlockView).children[0] as BlockView;
    expect((column.children[0] as BlockView).block).toBe("form");
    expect(at.slider.map((s) => s.formId)).toEqual(["a", "b"]);

    at.slider[0]!.setValue(10);
    at.slider[1]!.setValue(20);
    await at.button[1]!.click().run();
    expect(at.text[0]!.value).toBe("x=0 y=20 a=false b=true");
    expect(at.slider[0]!.value).toBe(10);

    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("x=10 y=20 a=true b=false");
  });

  it("a form inside a fragment: its submit reruns only the fragment", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.full = (st.sessionState.full ?? 0) + 1;
      st.text("full runs " + st.sessionState.full);
      st.fragment(() => {
        const f = st.form("f");
        const n = f.slider("n");
        if (f.formSubmitButton("Go")) st.text("got " + n);
      })();
    `).run();
    at.slider[0]!.setValue(6);
    await at.button[0]!.click().run();
    expect(at.messages.find((m) => m.type === "runStarted")).toMatchObject({ scope: [0, 1] });
    expect(at.text.map((t) => t.value)).toEqual(["full runs 1", "got 6"]);
  });
});

describe("clearOnSubmit", () => {
  const APP = `
    import * as st from "rivulet";
    const f = st.form("f", { clearOnSubmit: true });
    const n = f.slider("n", { value: 2, key: "n" });
    const t = f.textInput("t", { value: "x" });
    const sent = f.formSubmitButton();
    st.text(\`n=\${n} t=\${t} sent=\${sent}\`);
  `;

  it("the submitting run sees the submitted values; after it the widgets are back to their defaults", async () => {
    const at = await AppTest.fromString(APP).run();
    at.slider[0]!.setValue(7);
    at.textInput[0]!.input("y");
    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.text[0]!.value).toBe("n=7 t=y sent=true");
    // On the page, and in session state, once that run is over:
    expect(at.slider[0]!.value).toBe(2);
    expect(at.textInput[0]!.value).toBe("x");
    expect(at.sessionState.n).toBe(2);

    await at.run();
    expect(at.text[0]!.value).toBe("n=2 t=x sent=false");
  });

  it("a form without clearOnSubmit keeps the submitted values", async () => {
    const at = await AppTest.fromString(APP.replace("{ clearOnSubmit: true }", "{ clearOnSubmit: false }")).run();
    at.slider[0]!.setValue(7);
    await at.button[0]!.click().run();
    expect(at.slider[0]!.value).toBe(7);
    await at.run();
    expect(at.text[0]!.value).toBe("n=7 t=x sent=false");
  });

  it("clears also when the submitting run ends with st.rerun()", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.saved ??= [];
      const f = st.form("f", { clearOnSubmit: true });
      const t = f.textInput("todo");
      if (f.formSubmitButton("Add")) {
        st.sessionState.saved.push(t);
        st.rerun();
      }
      st.text(st.sessionState.saved.join(","));
    `).run();
    at.textInput[0]!.input("milk");
    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["rerun", "completed"]);
    expect(at.text[0]!.value).toBe("milk");
    expect(at.textInput[0]!.value).toBe("");
  });
});

/** The message of the exception the app shows. */
async function exceptionOf(source: string): Promise<string> {
  const at = await AppTest.fromString(source).run();
  expect(at.exception).toHaveLength(1);
  expect(at.exception[0]!.type).toBe("RivuletAPIError");
  return at.exception[0]!.message;
}

describe("errors, as Streamlit raises them", () => {
  it("st.button in a form", async () => {
    const message = await exceptionOf(`
      import * as st from "rivulet";
      const f = st.form("f");
      // rivulet-ignore button_in_form
      f.button("Save");
      f.formSubmitButton();
    `);
    expect(message).toMatch(/^`st\.button\(\)` can't be used in an `st\.form\(\)`/);
  });

  it("a callback on a form widget other than the submit button", async () => {
    const message = await exceptionOf(`
      import * as st from "rivulet";
      st.form("f").with(() => {
        // rivulet-ignore callback_in_form
        st.slider("n", { onChange: () => {} });
        st.formSubmitButton();
      });
    `);
    expect(message).toBe(
      "With forms, callbacks can only be defined on the `st.formSubmitButton`. Defining callbacks on other widgets inside a form is not allowed.",
    );
  });

  it("a submit button outside a form", async () => {
    const message = await exceptionOf(`
      import * as st from "rivulet";
      // rivulet-ignore submit_button_outside_form
      st.formSubmitButton("Go");
    `);
    expect(message).toBe("`st.formSubmitButton()` must be used inside an `st.form()`.");
  });

  it("a form in a form, also through a container inside it", async () => {
    const message = await exceptionOf(`
      import * as st from "rivulet";
      const outer = st.form("outer");
      const inner = outer.container();
      // rivulet-ignore nested_form
      inner.form("inner").formSubmitButton();
      outer.formSubmitButton();
    `);
    expect(message).toBe("Forms cannot be nested in other forms.");
  });

  it("two forms with the same key in one run", async () => {
    const message = await exceptionOf(`
      import * as st from "rivulet";
      st.form("same").formSubmitButton();
      // rivulet-ignore duplicate_form_key -- the compiler sees it; this checks the runtime
      st.form("same").formSubmitButton();
    `);
    expect(message).toBe(
      "There are multiple identical forms with `key='same'`.\n\nTo fix this, please make sure that the `key` argument is unique for each `st.form` you create.",
    );
  });

  it("a form without a submit button shows Streamlit's Missing Submit Button error inside it", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      // rivulet-ignore form_without_submit_button
      const f = st.form("f");
      f.slider("n");
      st.form("g").formSubmitButton();
      st.text("after");
    `).run();
    expect(at.exception).toHaveLength(0);
    expect(at.error).toHaveLength(1);
    expect(String(at.error[0]!.value)).toMatch(/^\*\*Missing Submit Button\*\*\n\nThis form has no submit button/);
    const [f, g] = at.main.children as BlockView[];
    expect(f!.children.map((c) => ("kind" in c ? c.kind : c.block))).toEqual(["slider", "alert"]);
    expect(g!.children.map((c) => ("kind" in c ? c.kind : c.block))).toEqual(["button"]);
  });
});

describe("what the page may send for a form", () => {
  async function ids() {
    const at = await AppTest.fromString(FORM_APP).run();
    return { at, slider: at.slider[0]!.id, text: at.textInput[0]!.id, button: at.button[0]!.id };
  }

  /** Sends `message` raw; returns the errors it caused and the app's text after a plain rerun. */
  async function sendRaw(at: AppTest, message: unknown): Promise<{ errors: string[]; text: unknown }> {
    at.send(JSON.stringify(message));
    const errors = [...at.errors];
    await at.run();
    return { errors, text: at.text[0]!.value };
  }

  it("a submit with one bad value is rejected whole: nothing changes, no run", async () => {
    const { at, slider, text, button } = await ids();
    const { errors, text: shown } = await sendRaw(at, {
      type: "submit",
      id: button,
      values: [
        { id: text, value: "Ada" },
        { id: slider, value: 500 },
      ],
    });
    expect(errors).toEqual([
      `Submit of form "f" rejected: value for widget "${slider}": The \`value\` 500 is greater than the \`maxValue\` 100.`,
    ]);
    expect(shown).toBe("n=1 name= sent=false runs=2");
  });

  it("rejects a value for a widget outside the form, a button, a repeated widget, or a non-submit button", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const f = st.form("f");
      const n = f.slider("n");
      f.formSubmitButton("Send");
      const m = st.slider("m");
      st.button("plain");
      st.text(\`n=\${n} m=\${m}\`);
    `).run();
    const [n, m] = at.slider.map((s) => s.id);
    const [send, plain] = at.button.map((b) => b.id);
    const cases: [unknown, RegExp][] = [
      [{ type: "submit", id: send, values: [{ id: m, value: 3 }] }, /widget ".*" is not in this form/],
      [{ type: "submit", id: send, values: [{ id: send, value: true }] }, /is not in this form|is a button/],
      [{ type: "submit", id: send, values: [{ id: n, value: 3 }, { id: n, value: 4 }] }, /has two values/],
      [{ type: "submit", id: plain, values: [] }, /is not a form's submit button/],
      [{ type: "submit", id: send, values: [{ id: "nope", value: 1 }] }, /no widget with id "nope"/],
      [{ type: "submit", id: send, values: {} }, /Malformed "submit" message: "values" must be a list/],
      [{ type: "submit", id: send, values: [{ id: n }] }, /values\[0\]\.value is missing/],
    ];
    for (const [message, expected] of cases) {
      const { errors, text } = await sendRaw(at, message);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(expected);
      expect(text).toBe("n=0 m=0");
    }
  });

  it("a setValue for a form widget, or a plain trigger of its submit button, is rejected", async () => {
    const { at, slider, button } = await ids();
    const setValue = await sendRaw(at, { type: "setValue", id: slider, value: 5 });
    expect(setValue.errors).toEqual([
      `Widget "${slider}" is in form "f": forms send their widgets' values only with a submit.`,
    ]);
    expect(setValue.text).toBe("n=1 name= sent=false runs=2");
    const trigger = await sendRaw(at, { type: "trigger", id: button });
    expect(trigger.errors[0]).toMatch(/is the submit button of form "f": send "submit"/);
    expect(trigger.text).toBe("n=1 name= sent=false runs=3");
  });
});
