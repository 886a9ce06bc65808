// st.fileUploader through AppTest: uploaded files reach the script as UploadedFile objects (name,
// type, size, bytes(), text(), arrayBuffer(), stream()); one or null, or an array with
// acceptMultipleFiles; removing a file removes it from the value and from the session; type
// filters refuse other files; session state cannot set it.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = (body: string) => AppTest.fromString(`import * as st from "rivulet";\n${body}`);

describe("st.fileUploader", () => {
  it("gives null until a file is uploaded, then the file", async () => {
    const at = await app(`
      const file = st.fileUploader("CSV", { type: "csv" });
      if (file === null) st.text("none");
      else {
        const chunks = [];
        for await (const chunk of file.stream()) chunks.push(chunk.length);
        st.json({ name: file.name, type: file.type, size: file.size, text: file.text(), bytes: Array.from(file.bytes()), buffer: file.arrayBuffer().byteLength, chunks });
      }
    `).run();
    expect(at.text[0]!.value).toBe("none");
    await at.fileUploader[0]!.upload({ name: "scores.CSV", type: "text/csv", bytes: "a,b\n1,2\n" }).run();
    expect(at.json[0]!.value).toEqual({ name: "scores.CSV", type: "text/csv", size: 8, text: "a,b\n1,2\n", bytes: [97, 44, 98, 10, 49, 44, 50, 10], buffer: 8, chunks: [8] });
    await at.fileUploader[0]!.clear().run();
    expect(at.text[0]!.value).toBe("none");
  });

  it("takes several files with acceptMultipleFiles, and forgets the ones removed", async () => {
    const at = await app(`
      const files = st.fileUploader("Images", { acceptMultipleFiles: true, type: ["png", ".JPG"] });
      st.text(files.map((f) => f.name + ":" + f.size).join(" ") || "none");
    `).run();
    expect(at.text[0]!.value).toBe("none");
    await at.fileUploader[0]!.upload({ name: "a.png", bytes: new Uint8Array(3) }, { name: "b.jpeg", bytes: new Uint8Array(5) }).run();
    expect(at.text[0]!.value).toBe("a.png:3 b.jpeg:5");
    await at.fileUploader[0]!.upload({ name: "c.jpg", bytes: new Uint8Array(1) }).run();
    expect(at.text[0]!.value).toBe("a.png:3 b.jpeg:5 c.jpg:1");
    // The page removes one file: it sends the value without it.
    await at.fileUploader[0]!.remove("b.jpeg").run();
    expect(at.text[0]!.value).toBe("a.png:3 c.jpg:1");
  });

  it("refuses a file of another type, and a second file for a single uploader", async () => {
    const at = await app(`const f = st.fileUploader("CSV", { type: "csv" }); st.text(f?.name ?? "none");`).run();
    await at.fileUploader[0]!.upload({ name: "evil.exe", bytes: "MZ" }).run();
    expect(at.errors.join("\n")).toMatch(/"evil\.exe" is not a file of type csv/);
    expect(at.text[0]!.value).toBe("none");
  });

  it("refuses a bad type option, and session state setting it", async () => {
    for (const [call, message] of [
      [`st.fileUploader("x", { type: "c s v" })`, /type.*an extension/],
      [`const set = (k: string) => (st.sessionState[k] = null); set("up"); st.fileUploader("x", { key: "up" })`, /cannot be set using st\.sessionState/],
    ] as const) {
      const at = await app(call).run();
      expect(at.exception[0]?.value, call).toMatch(message);
    }
  });
});
