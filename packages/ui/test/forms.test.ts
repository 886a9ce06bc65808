import { describe, expect, it } from "vitest";
import { firstSubmitButton, PageForm, type FormField } from "../src/forms/pageForm.ts";
import { parseServerMessage } from "../src/wire.ts";
import type { ClientMessage, FormBlockNode, Json, NodeOf, TreeNode } from "../src/wire.ts";

const submit = (id: string, disabled = false): NodeOf<"button"> => ({ kind: "button", id, label: id, disabled, type: "secondary", isFormSubmitter: true });
const formNode = (children: TreeNode[], enterToSubmit = true): FormBlockNode => ({
  kind: "block",
  block: "form",
  formId: "f",
  clearOnSubmit: false,
  enterToSubmit,
  border: true,
  children,
});

/** A form over a fake socket, and fields whose values and sent marks the test reads. */
function setup(node: FormBlockNode, connected = true) {
  const sent: ClientMessage[] = [];
  const form = new PageForm({ send: (m) => connected && (sent.push(m), true), runsStarted: () => 3 }, () => node);
  const marks: Record<string, number> = {};
  const field = (id: string, value: Json): FormField => ({ value: () => value, sent: (at) => (marks[id] = at) });
  return { form, sent, marks, field };
}

describe("PageForm", () => {
  it("a submit sends the click with every registered widget's value, and marks each as sent", () => {
    const { form, sent, marks, field } = setup(formNode([submit("go")]));
    form.register("n", field("n", 5));
    const unregister = form.register("gone", field("gone", 1));
    form.register("t", field("t", null));
    unregister();
    expect(form.submit("go")).toBe(true);
    expect(sent).toEqual([{ type: "submit", id: "go", values: [{ id: "n", value: 5 }, { id: "t", value: null }] }]);
    expect(marks).toEqual({ n: 3, t: 3 });
  });

  it("keeps the values when the socket is closed", () => {
    const { form, sent, marks, field } = setup(formNode([submit("go")]), false);
    form.register("n", field("n", 5));
    expect(form.submit("go")).toBe(false);
    expect(sent).toEqual([]);
    expect(marks).toEqual({});
  });

  it("Enter clicks the first submit button, unless enterToSubmit is off or that button is disabled", () => {
    const nested: TreeNode = { kind: "block", block: "vertical", children: [submit("first")] };
    const on = setup(formNode([{ kind: "text", body: "x" }, nested, submit("second")]));
    expect(on.form.enter()).toBe(true);
    expect(on.sent).toEqual([{ type: "submit", id: "first", values: [] }]);

    const off = setup(formNode([submit("go")], false));
    expect(off.form.submitsOnEnter).toBe(false);
    expect(off.form.enter()).toBe(false);

    const disabled = setup(formNode([submit("first", true), submit("second")]));
    expect(disabled.form.enter()).toBe(false);
    expect(disabled.sent).toEqual([]);
  });

  it("firstSubmitButton skips plain buttons and finds none in a form without one", () => {
    const plain: NodeOf<"button"> = { kind: "button", id: "p", label: "p", disabled: false, type: "primary" };
    expect(firstSubmitButton(formNode([plain, submit("s")]))?.id).toBe("s");
    expect(firstSubmitButton(formNode([plain]))).toBeUndefined();
  });
});

describe("parseServerMessage: form blocks and submit buttons", () => {
  const patch = (node: unknown) => JSON.stringify({ type: "patch", runId: 1, ops: [{ op: "set", path: [0, 0], node }] });

  it("accepts a form block and a submit button with an icon", () => {
    const node = formNode([{ ...submit("go"), icon: "💾" }]);
    const parsed = parseServerMessage(patch(node));
    expect(parsed).toEqual({ ok: true, message: { type: "patch", runId: 1, ops: [{ op: "set", path: [0, 0], node }] }, problems: [] });
  });

  it("replaces a form block without its settings by an exception node, saying which field", () => {
    const parsed = parseServerMessage(patch({ kind: "block", block: "form", formId: "f", children: [] }));
    expect(parsed.ok && parsed.problems).toEqual(["malformed node at 0.0: form block.clearOnSubmit should be boolean"]);
  });
});
