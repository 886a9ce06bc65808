// Messages with `%name%` parameters: the catalogue's (checks and run-time errors) are written so.

/** The `%name%` placeholders of a message, as a type: the parameters its constructor takes. */
export type Placeholders<S extends string> = S extends `${string}%${infer P}%${infer Rest}` ? P | Placeholders<Rest> : never;

/** Fills a message's `%name%` placeholders (one not given stays as written). */
export function fillMessage(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/%(\w+)%/g, (_, name: string) => params[name] ?? `%${name}%`);
}
