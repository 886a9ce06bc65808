// `:name` placeholders as PostgreSQL's `$n` (packages/server/src/connections/namedParams.ts):
// what is quoted, commented, cast, dollar-quoted or escaped is left alone.
import { expect, test } from "vitest";
import { toPositional } from "../../packages/server/dist/connections/namedParams.js";

test.each([
  ["select :a, :b, :a", { a: 1, b: 2 }, "select $1, $2, $1", [1, 2]],
  ["select 'x :a' as s, \"col:a\", :a", { a: 1 }, "select 'x :a' as s, \"col:a\", $1", [1]],
  ["select E'it\\'s :id', :id", { id: 5 }, "select E'it\\'s :id', $1", [5]],
  ["select $fn1$ :x $fn1$, $$ :x $$, :x::int", { x: 1 }, "select $fn1$ :x $fn1$, $$ :x $$, $1::int", [1]],
  ["select arr[lo:hi] from t where id = :id", { id: 1 }, "select arr[lo:hi] from t where id = $1", [1]],
  ["select \\:literal, :p -- :c\n/* :d */", { p: 1 }, "select :literal, $1 -- :c\n/* :d */", [1]],
] as const)("%s", (sql, params, text, values) => {
  expect(toPositional(sql, params)).toEqual({ text, values });
});

test("a placeholder with no value in params is refused, naming it", () => {
  expect(() => toPositional("select :missing", {})).toThrow('the statement has :missing, and params has no "missing"');
});
