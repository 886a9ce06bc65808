import * as st from "rivulet";
import type { ElementNode } from "rivulet/protocol";
import { type ButtonOptions, button } from "rivulet";

interface Row {
  name: string;
  score?: number;
}
type Rows = readonly Row[];
enum Level {
  Low,
  High = "high",
}
declare const injected: string;
abstract class Shape {
  constructor(private readonly sides: number) {}
  abstract area(): number;
}
const rows: Rows = [{ name: "a", score: 1 }] as const satisfies Rows;
const opts: ButtonOptions = { type: "primary" };
const node = null as ElementNode | null;
const total = rows.reduce<number>((sum, r) => sum + (r.score ?? 0), 0);
st.write(total!);
(st as any).text(`${Level.High} ${node}`);
button("ok", opts);
function label<T extends { name: string }>(row: T): string {
  return row.name;
}
st.text(label(rows[0]!));
