// st.logo and st.pdf through AppTest, and an uploaded file as a media source: a logo's image is
// a media source as st.image's (the last call is the one shown, its link must be external); a
// PDF from bytes, a path or an uploaded file is a media file of type application/pdf; an
// uploaded image shows with the type its browser gave it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";
import { makePdf } from "../helpers/pdf.ts";

const app = (body: string) => AppTest.fromString(`import * as st from "rivulet";\n${body}`);
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
const dir = mkdtempSync(path.join(tmpdir(), "rivulet-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("st.logo", () => {
  it("takes an image as st.image does, a size, an external link and an icon", async () => {
    const at = await app(`
      const png = Uint8Array.from(atob("${PNG}"), (c) => c.charCodeAt(0));
      st.logo("https://example.com/logo.png");
      st.logo(png, { size: "large", link: "https://example.com", iconImage: "https://example.com/icon.png" });
    `).run();
    expect(at.logo).toHaveLength(2);
    expect(at.logo[0]!.value).toBe("https://example.com/logo.png");
    expect(at.logo[0]!.size).toBe("medium");
    const last = at.logo[1]!;
    expect(at.mediaFile(last.value as never)!.mime).toBe("image/png");
    expect(last.size).toBe("large");
    expect(last.link).toBe("https://example.com");
    expect(last.iconImage).toBe("https://example.com/icon.png");
  });

  it("refuses a link that is not external and a size it does not have", async () => {
    const link = await app(`st.logo("https://example.com/l.png", { link: "/about" });`).run();
    expect(link.exception[0]!.value).toMatch(/link.*an external link, starting with http:\/\/ or https:\/\//s);
    const size = await app(`st.logo("https://example.com/l.png", { size: "huge" });`).run();
    expect(size.exception[0]!.value).toMatch(/size/);
  });
});

describe("st.pdf", () => {
  it("serves bytes and files as application/pdf, keeps a URL, and takes a height", async () => {
    const pdf = makePdf(2);
    writeFileSync(path.join(dir, "report.pdf"), pdf);
    const at = await app(`
      st.pdf(new Uint8Array([${[...pdf].join(",")}]));
      st.pdf(${JSON.stringify(path.join(dir, "report.pdf"))}, { height: "stretch" });
      st.pdf("https://example.com/report.pdf", { height: 300 });
    `).run();
    const [bytes, file, url] = at.pdf;
    expect(at.mediaFile(bytes!.value as never)!.mime).toBe("application/pdf");
    expect(Buffer.from(at.mediaFile(bytes!.value as never)!.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(bytes!.height).toBe(500);
    // The same bytes are the same file.
    expect(file!.value).toEqual(bytes!.value);
    expect(file!.height).toBe("stretch");
    expect(url!.value).toBe("https://example.com/report.pdf");
    expect(url!.height).toBe(300);
  });

  it("refuses a height that is not pixels or stretch", async () => {
    const at = await app(`st.pdf("https://example.com/a.pdf", { height: -3 });`).run();
    expect(at.exception[0]!.value).toMatch(/height.*a number of pixels or "stretch"/s);
  });
});

describe("an uploaded file as a media source", () => {
  it("shows an uploaded image with its browser's type, and downloads an uploaded file", async () => {
    const at = await app(`
      const file = st.fileUploader("Picture");
      if (file) {
        st.image(file);
        st.downloadButton("Again", file, { fileName: file.name });
      }
    `).run();
    await at.fileUploader[0]!.upload({ name: "dot.webp", type: "image/webp", bytes: Uint8Array.from(Buffer.from(PNG, "base64")) }).run();
    const image = at.mediaFile(at.image[0]!.value[0] as never)!;
    expect(image.mime).toBe("image/webp");
    expect(Buffer.from(image.bytes).toString("base64")).toBe(PNG);
    expect(at.mediaFile(at.downloadButton[0]!.file as never)!.mime).toBe("image/webp");
  });
});

describe("a Blob", () => {
  it("is a media and download source: its bytes are read after the call, its type is the Blob's, the same Blob is one file", async () => {
    const at = await app(`
      const png = Uint8Array.from(atob("${PNG}"), (c) => c.charCodeAt(0));
      const blob = st.cacheResource(() => new Blob([png], { type: "image/png" }))();
      st.image(blob);
      st.image(new Blob([png]), { caption: "untyped" });
      st.downloadButton("Get", new Blob(["a,b\\n1,2\\n"], { type: "text/csv" }), { fileName: "t.csv" });
    `).run();
    const [typed, untyped] = at.image;
    const file = at.mediaFile(typed!.value[0] as never)!;
    expect(file.mime).toBe("image/png");
    expect(Buffer.from(file.bytes).toString("base64")).toBe(PNG);
    // Without a type of its own, st.image's default.
    expect(at.mediaFile(untyped!.value[0] as never)!.mime).toBe("image/png");
    const csv = at.mediaFile(at.downloadButton[0]!.file as never)!;
    expect(csv.mime).toBe("text/csv; charset=utf-8");
    expect(new TextDecoder().decode(csv.bytes)).toBe("a,b\n1,2\n");
    const before = typed!.value[0];
    await at.run();
    expect(at.image[0]!.value[0]).toEqual(before);
  });
});
