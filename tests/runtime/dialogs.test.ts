// st.dialog: a modal whose body is a fragment, written where its opener is called.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const vote = `
  import * as st from "rivulet";
  st.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;
  st.sessionState.dialogRuns ??= 0;
  const ask = st.dialog("Cast your vote", (item: string) => {
    st.sessionState.dialogRuns += 1;
    st.text("Why is " + item + " your favorite?");
    const reason = st.textInput("Because...");
    if (st.button("Submit")) {
      st.sessionState.vote = { item, reason };
      st.rerun();
    }
  });
  if (st.sessionState.vote === undefined) {
    if (st.button("A")) ask("A");
    if (st.button("B")) ask("B");
  } else {
    st.text("You voted for " + st.sessionState.vote.item + " because " + st.sessionState.vote.reason);
  }
  st.text("app runs " + st.sessionState.appRuns);
`;

describe("st.dialog", () => {
  it("calling the opener shows a dialog block with the body inside it, at the place of the call", async () => {
    const at = await AppTest.fromString(vote).run();
    expect(at.dialog).toEqual([]);
    await at.button[1]!.click().run();
    expect(at.dialog).toHaveLength(1);
    const dialog = at.dialog[0]!;
    expect([dialog.title, dialog.width, dialog.dismissible]).toEqual(["Cast your vote", "small", true]);
    expect(dialog.get("text").map((t) => t.value)).toEqual(["Why is B your favorite?"]);
    expect(dialog.get("textInput")).toHaveLength(1);
    // In the main area, after button B and before the last text.
    const kinds = at.main.children.map((c) => ("block" in c && typeof c.block === "string" ? c.block : c.kind));
    expect(kinds).toEqual(["button", "button", "dialog", "text"]);
  });

  it("a widget inside reruns only the dialog, with the arguments it was opened with", async () => {
    const at = await AppTest.fromString(vote).run();
    await at.button[0]!.click().run();
    expect(at.sessionState.appRuns).toBe(2);
    await at.dialog[0]!.get("textInput")[0]!.input("it is red").run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.sessionState.appRuns).toBe(2);
    expect(at.sessionState.dialogRuns).toBe(2);
    expect(at.dialog[0]!.get("text")[0]!.value).toBe("Why is A your favorite?");
    expect(at.textInput[0]!.value).toBe("it is red");
  });

  it("st.rerun() inside closes it: the full run does not call the opener again", async () => {
    const at = await AppTest.fromString(vote).run();
    await at.button[0]!.click().run();
    await at.textInput[0]!.input("crunchy").run();
    await at.dialog[0]!.get("button")[0]!.click().run();
    expect(at.outcomes).toEqual(["rerun", "completed"]);
    expect(at.dialog).toEqual([]);
    expect(at.text.map((t) => t.value)).toEqual(["You voted for A because crunchy", "app runs 3"]);
  });

  it("takes width and dismissible, and checks its arguments as Streamlit does", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.dialog("Wide", () => st.text("x"), { width: "large", dismissible: false })();
    `).run();
    expect([at.dialog[0]!.width, at.dialog[0]!.dismissible]).toEqual(["large", false]);

    const bad = async (call: string) => {
      const t = await AppTest.fromString(`import * as st from "rivulet";\n${call}`).run();
      return t.exception[0]?.message;
    };
    expect(await bad(`// rivulet-ignore empty_dialog_title -- the runtime's check\nst.dialog("", () => {})();`)).toMatch(/non-empty `title`/);
    expect(await bad(`st.dialog("T", () => {}, { width: "huge" as any })();`)).toMatch(/^st\.dialog: `width` should be "small", "medium" or "large", not "huge"\.$/);
    expect(await bad(`st.dialog("T", () => {}, { onDismiss: "close" as any })();`)).toMatch(
      /^st\.dialog: `onDismiss` should be "ignore", "rerun" or a function, not "close"\.$/,
    );
  });

  it("only one dialog may be opened in a run", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const a = st.dialog("A", () => st.text("in a"));
      const b = st.dialog("B", () => st.text("in b"));
      a();
      // rivulet-ignore dialog_opened_twice (the compiler sees it; this checks the runtime too)
      b();
      st.text("not reached");
    `).run();
    expect(at.exception).toHaveLength(1);
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/Only one dialog is allowed to be opened at the same time/);
    expect(at.text.map((t) => t.value)).toEqual(["in a"]);
  });

  it("the same opener called twice in a run raises too, and a dialog inside a dialog raises", async () => {
    const twice = await AppTest.fromString(`
      import * as st from "rivulet";
      const a = st.dialog("A", (n: number) => st.text("a" + n));
      for (const n of [1, 2]) a(n);
    `).run();
    expect(twice.exception[0]!.message).toMatch(/Only one dialog/);

    const nested = await AppTest.fromString(`
      import * as st from "rivulet";
      const inner = st.dialog("Inner", () => st.text("inner"));
      // rivulet-ignore nested_dialog -- the compiler sees it; this checks the runtime
      st.dialog("Outer", () => inner())();
    `).run();
    expect(nested.exception[0]!.message).toBe("Dialogs may not be nested inside other dialogs.");
    // The exception shows inside the outer dialog, as a fragment's does.
    expect(nested.dialog[0]!.get("exception")).toHaveLength(1);
  });

  it('a dismissal with onDismiss "ignore" closes it on the page and reruns nothing', async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
      st.dialog("Hello", () => st.text("inside"))();
      st.text("runs " + st.sessionState.runs);
    `).run();
    expect(at.dialog).toHaveLength(1);
    await at.dialog[0]!.dismiss().run();
    expect(at.outcomes).toEqual([]);
    expect(at.errors).toEqual([]);
    expect(at.dialog).toEqual([]);
    expect(at.text.map((t) => t.value)).toEqual(["runs 1"]);
    // A later run that opens it again shows it again.
    await at.run();
    expect(at.dialog).toHaveLength(1);
    expect(at.text.map((t) => t.value)).toEqual(["inside", "runs 2"]);
  });

  it('onDismiss "rerun" reruns the app; a run that does not open it again leaves it closed', async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
      if (st.button("open")) st.dialog("Hello", () => st.text("inside"), { onDismiss: "rerun" })();
      st.text("runs " + st.sessionState.runs);
    `).run();
    await at.button[0]!.click().run();
    expect(at.dialog).toHaveLength(1);
    await at.dialog[0]!.dismiss().run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.dialog).toEqual([]);
    expect(at.text.map((t) => t.value)).toEqual(["runs 3"]);
  });

  it("a callable onDismiss runs before the full rerun it causes, as a callback", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.log ??= [];
      st.sessionState.log.push("run");
      if (!st.sessionState.closed) {
        st.dialog("Hello", () => st.text("inside"), {
          onDismiss: () => { st.sessionState.closed = true; st.sessionState.log.push("dismissed"); },
        })();
      }
    `).run();
    await at.dialog[0]!.dismiss().run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.sessionState.log).toEqual(["run", "dismissed", "run"]);
    expect(at.dialog).toEqual([]);
  });

  it("refuses a dismissal of a dialog that is not dismissible or not open", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.dialog("Locked", () => st.text("inside"), { dismissible: false, onDismiss: "rerun" })();
    `).run();
    expect(() => at.dialog[0]!.dismiss()).toThrow(/not dismissible/);
    at.send(JSON.stringify({ type: "dismiss", id: at.dialog[0]!.id }));
    at.send(JSON.stringify({ type: "dismiss", id: "nope" }));
    at.send(JSON.stringify({ type: "dismiss" }));
    expect(at.errors).toEqual([
      `Dialog "${at.dialog[0]!.id}" is not dismissible.`,
      'No open dialog with id "nope" in this session.',
      'Malformed "dismiss" message: "id" must be a string.',
    ]);
    await at.run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.dialog).toHaveLength(1);
  });

  it("a dialog opened from a fragment's rerun works like one opened by the app", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;
      const edit = st.dialog("Edit", () => {
        const n = st.slider("n", { maxValue: 10 });
        st.text("n is " + n);
        if (st.button("done")) st.rerun();
      });
      st.fragment(() => {
        if (st.button("edit")) edit();
      })();
    `).run();
    await at.button[0]!.click().run();
    expect(at.dialog).toHaveLength(1);
    await at.slider[0]!.setValue(7).run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.text.map((t) => t.value)).toEqual(["n is 7"]);
    expect(at.sessionState.appRuns).toBe(1);
    await at.button[1]!.click().run();
    expect(at.dialog).toEqual([]);
    expect(at.sessionState.appRuns).toBe(2);
  });

  it("a dialog the app no longer opens cannot be dismissed", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (st.checkbox("show")) st.dialog("Hello", () => st.text("inside"), { onDismiss: "rerun" })();
    `).run();
    await at.checkbox[0]!.check().run();
    const id = at.dialog[0]!.id;
    await at.checkbox[0]!.uncheck().run();
    expect(at.dialog).toEqual([]);
    at.send(JSON.stringify({ type: "dismiss", id }));
    expect(at.errors).toEqual([`No open dialog with id "${id}" in this session.`]);
  });
});
