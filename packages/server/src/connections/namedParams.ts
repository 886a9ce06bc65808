// `:name` placeholders (SQLAlchemy's `text()` style, which Streamlit's SQLConnection takes) as
// PostgreSQL's `$1, $2…`: a scan that leaves string literals (E'…' ones with their backslash
// escapes), quoted names, comments, `::` casts and dollar-quoted bodies alone. As in SQLAlchemy, a
// colon right after a word character is no placeholder (`arr[lo:hi]`), and `\:` is a colon.
// Each name gets one number however often it appears.

export interface Positional {
  text: string;
  values: unknown[];
}

export function toPositional(sql: string, params: Readonly<Record<string, unknown>>): Positional {
  const numbers = new Map<string, number>();
  const values: unknown[] = [];
  let text = "";
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const skipped = skip(sql, i);
    if (skipped > i) {
      text += sql.slice(i, skipped);
      i = skipped;
      continue;
    }
    if (c === "\\" && sql[i + 1] === ":") {
      text += ":";
      i += 2;
      continue;
    }
    if (c === ":" && sql[i + 1] === ":") {
      text += "::";
      i += 2;
      continue;
    }
    const after = i > 0 && /\w/.test(sql[i - 1]!);
    const name = c === ":" && !after ? /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i + 1))?.[0] : undefined;
    if (name === undefined) {
      text += c;
      i++;
      continue;
    }
    if (!Object.hasOwn(params, name)) throw new Error(`the statement has :${name}, and params has no "${name}"`);
    let n = numbers.get(name);
    if (n === undefined) {
      values.push(params[name]);
      numbers.set(name, (n = values.length));
    }
    text += `$${n}`;
    i += 1 + name.length;
  }
  return { text, values };
}

/** Where the quoted or commented stretch starting at `i` ends (`i` when none starts there). */
function skip(sql: string, i: number): number {
  const c = sql[i];
  // E'…': a backslash escapes the next character (E'it\'s').
  if ((c === "E" || c === "e") && sql[i + 1] === "'" && (i === 0 || !/\w/.test(sql[i - 1]!))) {
    for (let j = i + 2; j < sql.length; j++) {
      if (sql[j] === "\\") j++;
      else if (sql[j] === "'") {
        if (sql[j + 1] === "'") j++;
        else return j + 1;
      }
    }
    return sql.length;
  }
  if (c === "'" || c === '"') {
    for (let j = i + 1; j < sql.length; j++) {
      if (sql[j] === c) {
        if (sql[j + 1] === c) j++;
        else return j + 1;
      }
    }
    return sql.length;
  }
  if (c === "-" && sql[i + 1] === "-") {
    const end = sql.indexOf("\n", i);
    return end === -1 ? sql.length : end;
  }
  if (c === "/" && sql[i + 1] === "*") {
    const end = sql.indexOf("*/", i + 2);
    return end === -1 ? sql.length : end + 2;
  }
  if (c === "$") {
    const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i))?.[0];
    if (tag !== undefined) {
      const end = sql.indexOf(tag, i + tag.length);
      return end === -1 ? sql.length : end + tag.length;
    }
  }
  return i;
}
