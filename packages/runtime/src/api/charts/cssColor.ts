// Streamlit's colours as its charts and maps take them: a hex string, or [r, g, b] / [r, g, b, a]
// (0-255, or floats 0-1), as CSS. The page's map draws a column of them with the same rule.

/** A colour as CSS, or null when `value` is not one (Streamlit's `is_color_like`). */
export function cssColor(value: unknown): string | null {
  if (typeof value === "string") return /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value) ? value : null;
  if (Array.isArray(value) && (value.length === 3 || value.length === 4) && value.every((n) => typeof n === "number" && n >= 0)) {
    const floats = value.every((n) => n <= 1) && value.some((n) => !Number.isInteger(n));
    const [r, g, b, a] = value.map((n, i) => (i < 3 ? Math.round(floats ? n * 255 : n) : floats || n <= 1 ? n : n / 255));
    if ([r, g, b].some((n) => n! > 255)) return null;
    return a === undefined ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${a})`;
  }
  return null;
}
