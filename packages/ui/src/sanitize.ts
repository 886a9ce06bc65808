// Author HTML (st.markdown's `unsafeAllowHtml`) made safe for the page with DOMPurify, the
// sanitizer browsers' own security teams review: scripts, event handlers, `javascript:` and
// other unsafe URLs go, whatever the encoding. Loaded on first use: most pages never need it.

type Purify = (typeof import("dompurify"))["default"];

let purify: Promise<Purify> | undefined;

/**
 * `markdown`: HTML inside Markdown (no styles, no form controls). `html`: st.html's, as
 * Streamlit's page sanitizes it: the HTML profile (no SVG or MathML), styles kept. `svg`: an
 * SVG drawing (st.graphvizChart's): the SVG profile, links made safe.
 */
export async function sanitizeHtml(html: string, profile: "markdown" | "html" | "svg" = "markdown"): Promise<string> {
  const dompurify = await (purify ??= import("dompurify").then((module) => configure(module.default)));
  if (profile === "svg") return dompurify.sanitize(html, { USE_PROFILES: { svg: true, svgFilters: true } });
  if (profile === "html") return dompurify.sanitize(html, { USE_PROFILES: { html: true }, FORCE_BODY: true, ADD_ATTR: ["target"] });
  return dompurify.sanitize(html, { ADD_ATTR: ["target"], FORBID_TAGS: ["style", "form", "input", "button", "textarea", "select"] });
}

function configure(dompurify: Purify): Purify {
  // Links the author wrote open like ours: in a new tab that cannot reach back to the app.
  dompurify.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A" && node.hasAttribute("href")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
  });
  return dompurify;
}
