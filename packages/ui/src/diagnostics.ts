// Where the page links a RivuletAPIError's code: the diagnostics reference served beside the
// app, `<directory of the page>_rivulet/diagnostics.html` (as the socket's path is; the Vite
// plugin's diagnostics-page.ts serves and builds it), at the entry's anchor.

/** The reference's URL for `code`, relative to the page. */
export function diagnosticsHref(code: string): string {
  return `_rivulet/diagnostics.html#${encodeURIComponent(code)}`;
}
