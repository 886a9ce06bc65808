import { describe, expect, it } from "vitest";
import { renderInline, renderMarkdown } from "../src/markdown.ts";

describe("renderMarkdown", () => {
  it("renders the subset", () => {
    expect(renderMarkdown("# Title\n\nSome **bold** and *it* and `a*b*`.\nsame paragraph")).toBe(
      "<h1>Title</h1>\n<p>Some <strong>bold</strong> and <em>it</em> and <code>a*b*</code>.\nsame paragraph</p>",
    );
    expect(renderMarkdown("- a\n- b\n  - c\n\n3. x\n4. y")).toBe(
      '<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>\n<ol start="3"><li>x</li><li>y</li></ol>',
    );
    expect(renderMarkdown("```\n<b>\n```")).toBe("<pre><code>&#60;b&#62;</code></pre>");
  });

  it("escapes HTML and keeps only safe links", () => {
    expect(renderInline('<img src=x onerror="alert(1)">')).not.toContain("<img");
    expect(renderInline("[x](javascript:alert(1))")).toBe("x");
    expect(renderInline("[x](https://a.b/c_(d)?e=1&f=2)")).toBe(
      '<a href="https://a.b/c_(d)?e=1&#38;f=2" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(renderInline('[x](https://a.b/" onmouseover="y)')).not.toMatch(/" onmouseover/);
  });

  // Issue 7, defect 8: the filter must see the scheme the browser will see, after its URL parser
  // drops leading control characters and spaces, and tabs and newlines anywhere.
  it("refuses a script link however its scheme is disguised", () => {
    for (const target of ["\x01javascript:alert(1)", "\x00javascript:alert(1)", " \x1fjavascript:alert(1)", "java\tscript:alert(1)", "JaVaScRiPt:alert(1)", "\x0cvbscript:x", "data:text/html,<b>x</b>"]) {
      expect(renderInline(`[x](${target})`), JSON.stringify(target)).not.toContain("href");
    }
    expect(renderInline("[x](\x01https://a.b/)")).toContain('href="');
    expect(renderInline("[x](docs/page)")).toBe('<a href="docs/page" target="_blank" rel="noopener noreferrer">x</a>');
    expect(renderInline("[x](mailto:a@b.c)")).toContain('href="mailto:a@b.c"');
  });

  it("leaves snake_case and code alone", () => {
    expect(renderInline("snake_case_name and `**not bold**`")).toBe("snake_case_name and <code>**not bold**</code>");
  });

  it("links bare URLs without emphasising inside them", () => {
    expect(renderInline("see https://x.y/a_b_c.")).toBe(
      'see <a href="https://x.y/a_b_c" target="_blank" rel="noopener noreferrer">https://x.y/a_b_c</a>.',
    );
  });
});
