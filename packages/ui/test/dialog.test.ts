import { describe, expect, it } from "vitest";
import { DIALOG_WIDTHS, dismisses } from "../src/dialog.ts";
import { parseServerMessage } from "../src/wire.ts";

const dialog = { kind: "block", block: "dialog", id: "d1", title: "Vote", width: "medium", dismissible: true, children: [] };

describe("dialog blocks (st.dialog)", () => {
  it("has Streamlit's three widths", () => {
    expect(DIALOG_WIDTHS).toEqual({ small: "500px", medium: "750px", large: "1280px" });
  });

  it("is dismissed by its X, Esc or a click outside only when dismissible", () => {
    for (const gesture of ["close-button", "escape", "outside-click"] as const) {
      expect(dismisses({ dismissible: true }, gesture)).toBe(true);
      expect(dismisses({ dismissible: false }, gesture)).toBe(false);
    }
  });

  it("is checked when it arrives: a malformed one becomes an exception saying why", () => {
    const patch = (node: unknown) => JSON.stringify({ type: "patch", runId: 1, ops: [{ op: "set", path: [0, 0], node }] });
    const good = parseServerMessage(patch(dialog));
    expect(good).toMatchObject({ ok: true, problems: [], message: { ops: [{ node: dialog }] } });
    const bad = parseServerMessage(patch({ ...dialog, width: "huge" }));
    expect(bad).toMatchObject({ ok: true, problems: ['malformed node at 0.0: dialog block.width should be small | medium | large'] });
    const untitled = parseServerMessage(patch({ ...dialog, title: undefined }));
    expect(untitled).toMatchObject({ ok: true, problems: ["malformed node at 0.0: dialog block.title should be string"] });
  });
});
