// Which link and image targets the page keeps.

const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/**
 * Whether a target is safe to put in href or src: web, mail, or relative to the page. Judged by
 * the browser's own URL parser, which drops leading control characters and spaces and every
 * tab and newline, so `\x01javascript:` is seen as the `javascript:` it becomes.
 */
export function safeHref(url: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(url, "https://relative.invalid/").protocol);
  } catch {
    return false;
  }
}
