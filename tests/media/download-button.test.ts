// st.downloadButton through AppTest: its data is a file of the session's host with the name and
// type given; a click is true for the run it caused; a function's data is made only in that run;
// it refuses a form, and bad data.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = (body: string) => AppTest.fromString(`import * as st from "rivulet";\n${body}`);

describe("st.downloadButton", () => {
  it("serves text or bytes as a named file, and is true for the run its click caused", async () => {
    const at = await app(`
      const clicked = st.downloadButton("CSV", "name,score\\nAda,3\\n", { fileName: "scores.csv", mime: "text/csv" });
      st.downloadButton("Bytes", new Uint8Array([1, 2, 3]));
      st.text("clicked " + clicked);
    `).run();
    const [csv, bytes] = at.downloadButton;
    expect(csv!.fileName).toBe("scores.csv");
    const file = at.mediaFile(csv!.file!)!;
    expect([file.mime, new TextDecoder().decode(file.bytes)]).toEqual(["text/csv; charset=utf-8", "name,score\nAda,3\n"]);
    expect([bytes!.fileName, at.mediaFile(bytes!.file!)!.mime]).toEqual(["download.bin", "application/octet-stream"]);
    expect(at.text[0]!.value).toBe("clicked false");
    await csv!.click().run();
    expect(at.text[0]!.value).toBe("clicked true");
    await at.run();
    expect(at.text[0]!.value).toBe("clicked false");
  });

  it("makes a function's data only in the run its click caused", async () => {
    const at = await app(`
      st.sessionState.made ??= 0;
      st.downloadButton("Report", () => "report " + ++st.sessionState.made, { fileName: "report.txt" });
      st.text("made " + st.sessionState.made);
    `).run();
    expect(at.downloadButton[0]!.file).toBeUndefined();
    expect(at.downloadButton[0]!.lazy).toBe(true);
    await at.downloadButton[0]!.click().run();
    expect(new TextDecoder().decode(at.mediaFile(at.downloadButton[0]!.file!)!.bytes)).toBe("report 1");
    await at.run();
    expect(at.text[0]!.value).toBe("made 1");
    expect(at.downloadButton[0]!.file).toBeUndefined();
  });

  it("calls its onClick callback before the rerun; ignore is on the node for the page", async () => {
    const at = await app(`
      st.downloadButton("A", "a", { onClick: () => (st.sessionState.calls = (st.sessionState.calls ?? 0) + 1) });
      st.downloadButton("B", "b", { onClick: "ignore" });
      st.text("calls " + (st.sessionState.calls ?? 0));
    `).run();
    await at.downloadButton[0]!.click().run();
    expect(at.text[0]!.value).toBe("calls 1");
    expect(at.downloadButton[1]!.ignore).toBe(true);
  });

  it("refuses bad data and options, and a place in a form", async () => {
    for (const [call, message] of [
      [`st.downloadButton("x", 5 as never)`, /data.*text, bytes/],
      [`st.downloadButton("x", "a", { onClick: "later" as never })`, /onClick.*"rerun", "ignore" or a function/],
      [`st.downloadButton("x", "a", { mime: "csv" })`, /mime.*a MIME type/],
      [`const f = st.form("f"); f.downloadButton("x", "a"); f.formSubmitButton();`, /button_in_form/],
    ] as const) {
      const run = app(call).run();
      const message_ = await run.then((at) => String(at.exception[0]?.value), (error: Error) => error.message);
      expect(message_, call).toMatch(message);
    }
  });
});
