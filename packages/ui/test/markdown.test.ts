// The page's Markdown (markdown/render.ts): GitHub-flavoured, with Streamlit's additions, and
// safe: the author's HTML shows as text unless allowed, and links keep only safe targets.
import { describe, expect, it } from "vitest";
import katex from "katex";
import { gemoji } from "gemoji";
import { renderInline, renderMarkdown, type Feature, type Features } from "../src/markdown/render.ts";

const emoji = new Map(gemoji.flatMap((entry) => entry.names.map((name) => [name, entry.emoji] as const)));

describe("Markdown", () => {
  it("renders GitHub-flavoured Markdown: headings, emphasis, lists, tables, task lists, strikethrough", () => {
    expect(renderMarkdown("# Title\n\nSome **bold** and *it* and `a*b*`.\nsame paragraph")).toBe(
      "<h1>Title</h1>\n<p>Some <strong>bold</strong> and <em>it</em> and <code>a*b*</code>.\nsame paragraph</p>\n",
    );
    expect(renderMarkdown("- a\n- b\n  - c\n\n3. x\n4. y")).toBe('<ul>\n<li>a</li>\n<li>b<ul>\n<li>c</li>\n</ul>\n</li>\n</ul>\n<ol start="3">\n<li>x</li>\n<li>y</li>\n</ol>\n');
    expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |")).toContain("<td>1</td>");
    expect(renderMarkdown("- [x] done\n- [ ] todo")).toContain('<input checked="" disabled="" type="checkbox"> done');
    expect(renderInline("~~gone~~")).toBe("<del>gone</del>");
  });

  it("shows the author's HTML as text, unless it is allowed", () => {
    expect(renderInline('<img src=x onerror="alert(1)">')).not.toContain("<img");
    expect(renderMarkdown("<script>alert(1)</script>")).not.toContain("<script");
    expect(renderMarkdown("```\n<b>\n```")).toBe("<pre><code>&#60;b&#62;</code></pre>\n");
    expect(renderInline("<b>kept</b>", { allowHtml: true })).toBe("<b>kept</b>");
  });

  it("keeps only web, mail and relative link targets, opened apart", () => {
    expect(renderInline("[x](javascript:alert(1))")).toBe("x");
    expect(renderInline("[x](https://a.b/c_(d)?e=1&f=2)")).toBe('<a href="https://a.b/c_(d)?e=1&#38;f=2" target="_blank" rel="noopener noreferrer">x</a>');
    expect(renderInline("[x](#section)")).toBe('<a href="#section">x</a>');
    expect(renderInline("![logo](javascript:x)")).toBe("logo");
    expect(renderInline("![logo](https://a.b/l.png)")).toBe('<img src="https://a.b/l.png" alt="logo">');
  });

  // Issue 7, defect 8: the filter must see the scheme the browser will see, after its URL parser
  // drops leading control characters and spaces, and tabs and newlines anywhere.
  it("refuses a script link however its scheme is disguised", () => {
    for (const target of ["\x01javascript:alert(1)", " \x1fjavascript:alert(1)", "JaVaScRiPt:alert(1)", "\x0cvbscript:x", "data:text/html,<b>x</b>"]) {
      expect(renderInline(`[x](<${target}>)`), JSON.stringify(target)).not.toContain("href");
    }
    expect(renderInline("[x](docs/page)")).toBe('<a href="docs/page" target="_blank" rel="noopener noreferrer">x</a>');
    expect(renderInline("[x](mailto:a@b.c)")).toContain('href="mailto:a@b.c"');
  });

  it("links bare URLs and leaves snake_case alone", () => {
    expect(renderInline("see https://x.y/a_b_c.")).toBe('see <a href="https://x.y/a_b_c" target="_blank" rel="noopener noreferrer">https://x.y/a_b_c</a>.');
    expect(renderInline("snake_case_name and `**not bold**`")).toBe("snake_case_name and <code>**not bold**</code>");
  });
});

describe("Streamlit's additions", () => {
  it("colours text, backgrounds and badges, and makes text small; other names show as their name", () => {
    expect(renderInline(":red[**hot**]")).toBe('<span class="rv-md-color rv-md-color-red"><strong>hot</strong></span>');
    expect(renderInline(":blue-background[calm]")).toBe('<span class="rv-md-bg rv-md-bg-blue">calm</span>');
    expect(renderInline(":grey-badge[new]")).toBe('<span class="rv-md-badge rv-md-badge-gray">new</span>');
    expect(renderInline(":small[fine print]")).toBe('<span class="rv-md-small">fine print</span>');
    expect(renderInline(":green[a :violet-background[b]]")).toBe('<span class="rv-md-color rv-md-color-green">a <span class="rv-md-bg rv-md-bg-violet">b</span></span>');
    expect(renderInline(":nope[x] and :rainbow-badge[y]")).toBe(":nope and :rainbow-badge");
  });

  it("shows Material icons, emoji shortcodes once the table is loaded, and arrows", () => {
    expect(renderInline(":material/home: Home")).toBe('<span class="material-symbols-rounded rv-md-icon" role="img" aria-label="home icon" translate="no">home</span> Home');
    const needed: Feature[] = [];
    expect(renderInline("Hi :wave:", { need: (feature) => needed.push(feature) })).toBe("Hi :wave:");
    expect(needed).toEqual(["emoji"]);
    expect(renderInline("Hi :wave: :unknown_code:", { features: { emoji } })).toBe("Hi 👋 :unknown_code:");
    expect(renderInline("a -> b <= c and x->y")).toBe("a → b ≤ c and x-&gt;y");
    expect(renderInline("`a -> b`")).toBe("<code>a -&gt; b</code>");
  });

  it("renders $…$ and $$…$$ with KaTeX once it is loaded, and leaves money alone", () => {
    const needed: Feature[] = [];
    expect(renderInline("area $\\pi r^2$", { need: (feature) => needed.push(feature) })).toBe('area <span class="rv-md-math-pending">$\\pi r^2$</span>');
    expect(needed).toEqual(["katex"]);
    const features: Features = { katex };
    expect(renderInline("area $\\pi r^2$", { features })).toContain('<span class="katex">');
    expect(renderMarkdown("$$\n\\int_0^1 x\\,dx\n$$", { features })).toContain('<span class="katex-display">');
    expect(renderInline("costs $5 and $10", { features })).toBe("costs $5 and $10");
    // Bad TeX is KaTeX's red text, not an exception.
    expect(renderInline("$\\frac{$", { features })).not.toContain("katex-display");
  });

  it("gives headings anchors when asked, and highlights fenced code once highlight.js is loaded", () => {
    expect(renderMarkdown("## Hello World", { anchors: true })).toBe('<h2 id="hello-world">Hello World</h2>\n');
    const needed: Feature[] = [];
    expect(renderMarkdown("```python\nx = 1\n```", { need: (feature) => needed.push(feature) })).toBe('<pre><code class="language-python">x = 1</code></pre>\n');
    expect(needed).toEqual(["highlight"]);
  });
});
