// The query parameters of a session's page URL, as Streamlit 1.50's QueryParams holds them: keys
// in order, each with one string or, for a repeated key, a list of strings. The page sends its
// query when it connects and whenever its URL changes; what the script changes goes back to the
// page at the end of the run (`takeChange`), only when it differs from what the page has.

import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";

export type QueryValue = string | string[];

/** Streamlit ignores a query string longer than this or with more fields (a hostile URL). */
const MAX_QUERY_LENGTH = 512 * 1024;
const MAX_QUERY_FIELDS = 1000;

export class QueryParamsStore {
  private params = new Map<string, QueryValue>();
  /** The query string the page has, in this store's formatting. */
  private pageQuery = "";

  constructor(query = "") {
    this.fromPage(query);
  }

  /** The page connected or its URL changed: the parameters become the page's. */
  fromPage(query: string): void {
    this.params = parseQueryString(query);
    this.pageQuery = formatQueryString(this.params);
  }

  /** The query string the page has (as far as the session told it). */
  get onPage(): string {
    return this.pageQuery;
  }

  /** The query string the page must switch to, or null when it already has it. */
  takeChange(): string | null {
    const query = formatQueryString(this.params);
    if (query === this.pageQuery) return null;
    this.pageQuery = query;
    return query;
  }

  has(key: string): boolean {
    return this.params.has(key);
  }

  /** The value of `key`: the last one for a repeated key; undefined when absent. */
  get(key: string): string | undefined {
    const value = this.params.get(key);
    if (value === undefined || typeof value === "string") return value;
    return value.length === 0 ? "" : value[value.length - 1];
  }

  /** Every value of `key`, in order; [] when absent. */
  getAll(key: string): string[] {
    const value = this.params.get(key);
    if (value === undefined) return [];
    return typeof value === "string" ? [value] : [...value];
  }

  /** A string (anything else is turned into one), or a list of them for a repeated key. */
  set(key: string, value: unknown): void {
    this.params.set(key, toQueryValue(key, value));
  }

  delete(key: string): boolean {
    return this.params.delete(key);
  }

  clear(): void {
    this.params.clear();
  }

  keys(): string[] {
    return [...this.params.keys()];
  }

  /** Every key with its last value. */
  toDict(): Record<string, string> {
    const dict: Record<string, string> = {};
    for (const key of this.params.keys()) dict[key] = this.get(key)!;
    return dict;
  }

  /** Replaces every parameter with those of `dict`; when a value is refused, nothing changes. */
  fromDict(dict: unknown): void {
    if (typeof dict !== "object" || dict === null || Array.isArray(dict)) {
      throw invalidOption("queryParams.fromDict", "dict", "an object of strings or lists of strings", dict);
    }
    const next = new Map<string, QueryValue>();
    for (const [key, value] of Object.entries(dict)) next.set(key, toQueryValue(key, value));
    this.params = next;
  }
}

function toQueryValue(key: string, value: unknown): QueryValue {
  if (Array.isArray(value)) return value.map((item) => String(item));
  if (typeof value === "object" && value !== null) {
    throw new RivuletAPIError("query_param_object", { key });
  }
  return String(value);
}

/** `a=1&a=2&b=` → a: ["1", "2"], b: "" (Python's parse_qs with blank values kept). */
export function parseQueryString(query: string): Map<string, QueryValue> {
  const params = new Map<string, QueryValue>();
  if (query.startsWith("?")) query = query.slice(1);
  if (query === "" || query.length > MAX_QUERY_LENGTH || query.split("&").length > MAX_QUERY_FIELDS) return params;
  for (const field of query.split("&")) {
    if (field === "") continue;
    const eq = field.indexOf("=");
    const key = decode(eq === -1 ? field : field.slice(0, eq));
    const value = eq === -1 ? "" : decode(field.slice(eq + 1));
    const old = params.get(key);
    params.set(key, old === undefined ? value : typeof old === "string" ? [old, value] : [...old, value]);
  }
  return params;
}

/** The inverse of `parseQueryString`, encoded as Python's urlencode(doseq=True) does. */
export function formatQueryString(params: Iterable<[string, QueryValue]>): string {
  const fields: string[] = [];
  for (const [key, value] of params) {
    for (const item of typeof value === "string" ? [value] : value) fields.push(`${encode(key)}=${encode(item)}`);
  }
  return fields.join("&");
}

/** Python's quote_plus: only letters, digits and `_.-~` stay as they are; a space is "+". */
function encode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");
}

/** "+" is a space; a malformed %-escape stays as written (as Python's unquote leaves it). */
function decode(text: string): string {
  return text.replace(/\+/g, " ").replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
