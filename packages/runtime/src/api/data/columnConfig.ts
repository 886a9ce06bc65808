// How a dataframe shows each column (Streamlit's column_config): a label, a width, a tooltip,
// whether it is hidden or pinned, and its type, which says how its cells look (a number's
// format, a link, a progress bar, a sparkline). `st.columnConfig.NumberColumn("Price",
// { format: "$%.2f" })` makes one; a string is a label, null hides the column. The wire schema is
// the page's as well: it draws cells from it.

import * as v from "valibot";
import { invalidOption } from "../../errors/invalidOption.ts";
import { schemaProblem } from "../../wire/schemaProblem.ts";

const scalar = v.union([v.string(), v.number(), v.boolean()]);
const optionalNumber = v.optional(v.number());

/** A number's format: printf-style (`"%.2f"`, `"$%d"`) or one of Streamlit's named formats. */
export const NUMBER_FORMATS = ["plain", "localized", "percent", "dollar", "euro", "yen", "accounting", "compact", "scientific", "engineering"] as const;

/** Each column type's own settings (Streamlit's `type_config`), by `kind`. */
export const columnType = v.variant("kind", [
  v.object({ kind: v.literal("text"), maxChars: optionalNumber, validate: v.optional(v.string()) }),
  v.object({ kind: v.literal("number"), format: v.optional(v.string()), minValue: optionalNumber, maxValue: optionalNumber, step: optionalNumber }),
  v.object({ kind: v.literal("checkbox") }),
  v.object({ kind: v.literal("selectbox"), options: v.optional(v.array(scalar)) }),
  v.object({ kind: v.literal("datetime"), format: v.optional(v.string()), minValue: v.optional(v.string()), maxValue: v.optional(v.string()), step: optionalNumber, timezone: v.optional(v.string()) }),
  v.object({ kind: v.literal("date"), format: v.optional(v.string()), minValue: v.optional(v.string()), maxValue: v.optional(v.string()), step: optionalNumber }),
  v.object({ kind: v.literal("time"), format: v.optional(v.string()), minValue: v.optional(v.string()), maxValue: v.optional(v.string()), step: optionalNumber }),
  v.object({ kind: v.literal("link"), maxChars: optionalNumber, validate: v.optional(v.string()), displayText: v.optional(v.string()) }),
  v.object({ kind: v.literal("image") }),
  v.object({ kind: v.literal("progress"), format: v.optional(v.string()), minValue: optionalNumber, maxValue: optionalNumber }),
  v.object({ kind: v.literal("lineChart"), yMin: optionalNumber, yMax: optionalNumber }),
  v.object({ kind: v.literal("barChart"), yMin: optionalNumber, yMax: optionalNumber }),
  v.object({ kind: v.literal("areaChart"), yMin: optionalNumber, yMax: optionalNumber }),
  v.object({ kind: v.literal("list") }),
  v.object({ kind: v.literal("json") }),
]);
export type ColumnType = v.InferOutput<typeof columnType>;
export type ColumnKind = ColumnType["kind"];

export const columnConfig = v.object({
  label: v.optional(v.string()),
  width: v.optional(v.union([v.picklist(["small", "medium", "large"]), v.pipe(v.number(), v.integer(), v.minValue(1))])),
  help: v.optional(v.string()),
  hidden: v.optional(v.boolean()),
  disabled: v.optional(v.boolean()),
  required: v.optional(v.boolean()),
  pinned: v.optional(v.boolean()),
  alignment: v.optional(v.picklist(["left", "center", "right"])),
  default: v.optional(v.nullable(scalar)),
  type: v.optional(columnType),
});
export type ColumnConfig = v.InferOutput<typeof columnConfig>;

/** The config of every column named in it, by column name (`_index` for the index). */
export const columnConfigs = v.record(v.string(), columnConfig);

/** The key of the index's config, as in Streamlit. */
export const INDEX_KEY = "_index";

/** What every column type takes (Streamlit's `Column` parameters). */
export interface ColumnOptions {
  width?: "small" | "medium" | "large" | number;
  help?: string;
  disabled?: boolean;
  required?: boolean;
  pinned?: boolean;
  alignment?: "left" | "center" | "right";
  default?: string | number | boolean | null;
}

type TypeOptions<K extends ColumnKind> = Omit<Extract<ColumnType, { kind: K }>, "kind">;
type Options<K extends ColumnKind> = ColumnOptions & TypeOptions<K>;

const COMMON = ["width", "help", "disabled", "required", "pinned", "alignment", "default"] as const;

function maker<K extends ColumnKind>(kind: K | null, name: string): (label?: string | null, options?: Options<K>) => ColumnConfig {
  return (label, options = {} as Options<K>) => {
    if (typeof options !== "object" || options === null) throw invalidOption(`columnConfig.${name}`, "options", "an object of options", options);
    const config: Record<string, unknown> = {};
    if (label !== undefined && label !== null) config.label = label;
    const own: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) {
      if (value === undefined) continue;
      if ((COMMON as readonly string[]).includes(key)) config[key] = value;
      else own[key] = value;
    }
    if (kind !== null) config.type = { kind, ...own };
    else if (Object.keys(own).length > 0) throw invalidOption(`columnConfig.${name}`, Object.keys(own)[0]!, "an option of every column (width, help, disabled, required, pinned, alignment, default)", own[Object.keys(own)[0]!]);
    return checkColumnConfig(`columnConfig.${name}`, "options", config);
  };
}

/** `st.columnConfig`: one function per column type, Streamlit's names. */
export const columnConfigApi = {
  Column: maker(null, "Column"),
  TextColumn: maker("text", "TextColumn"),
  NumberColumn: maker("number", "NumberColumn"),
  CheckboxColumn: maker("checkbox", "CheckboxColumn"),
  SelectboxColumn: maker("selectbox", "SelectboxColumn"),
  DatetimeColumn: maker("datetime", "DatetimeColumn"),
  DateColumn: maker("date", "DateColumn"),
  TimeColumn: maker("time", "TimeColumn"),
  LinkColumn: maker("link", "LinkColumn"),
  ImageColumn: maker("image", "ImageColumn"),
  ProgressColumn: maker("progress", "ProgressColumn"),
  LineChartColumn: maker("lineChart", "LineChartColumn"),
  BarChartColumn: maker("barChart", "BarChartColumn"),
  AreaChartColumn: maker("areaChart", "AreaChartColumn"),
  ListColumn: maker("list", "ListColumn"),
  JsonColumn: maker("json", "JsonColumn"),
} as const;

/** A column's config as the user gave it: a config, a label, or null to hide it. */
export type ColumnConfigInput = ColumnConfig | string | null;

/** The `columnConfig` option, checked: each entry as a config. */
export function checkColumnConfigs(api: string, given: unknown): Record<string, ColumnConfig> | undefined {
  if (given === undefined) return undefined;
  if (typeof given !== "object" || given === null || Array.isArray(given)) throw invalidOption(api, "columnConfig", "an object of column configs by column name", given);
  const out: Record<string, ColumnConfig> = {};
  for (const [name, entry] of Object.entries(given)) {
    if (entry === undefined) continue;
    out[name] = entry === null ? { hidden: true } : typeof entry === "string" ? { label: entry } : checkColumnConfig(api, `columnConfig.${name}`, entry);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function checkColumnConfig(api: string, option: string, config: unknown): ColumnConfig {
  if (typeof config !== "object" || config === null) throw invalidOption(api, option, "a column config (st.columnConfig.*), a label or null", config);
  const problem = schemaProblem(columnConfig, config as Record<string, unknown>, option);
  if (problem !== null) throw invalidOption(api, option, `a valid column config (${problem})`, config);
  const checked = v.parse(columnConfig, config);
  const format = checked.type;
  if (format !== undefined && "format" in format && format.format !== undefined && (format.kind === "number" || format.kind === "progress")) {
    const f = format.format;
    if (!(NUMBER_FORMATS as readonly string[]).includes(f) && !/%[-+ 0#,']*\d*(?:\.\d+)?[bcdieEufFgGosxX]/.test(f)) {
      throw invalidOption(api, `${option}.format`, `a printf-style format ("%.2f") or one of ${NUMBER_FORMATS.join(", ")}`, f);
    }
  }
  if (format !== undefined && "validate" in format && format.validate !== undefined) {
    try {
      new RegExp(format.validate);
    } catch (error) {
      throw invalidOption(api, `${option}.validate`, `a regular expression (${(error as Error).message})`, format.validate);
    }
  }
  return checked;
}
