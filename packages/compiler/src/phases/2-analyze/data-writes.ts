// Whether a module may write data: call st.dataframe or one of its kin (the registry's
// `writesData` functions: REGISTRY_DATA_WRITERS), or magic-write a value. Such a module needs the
// runtime's data support (Apache Arrow: runtime/src/data.ts), which phase 3 imports into it, so
// that an app without data never loads Arrow. Sound rather than exact (a false "yes" only loads
// Arrow), and by name, as a module may reach st's functions through anything:
// - a writer's name as a member (`st.dataframe`, `col.write`, `s["table"]`), a destructured key
//   (`const { dataframe } = st`) or a named import: yes, unless it is called with text only
//   (`st.write("Hello")`, `` col.write(`**${name}**`) ``), which is no data;
// - the st namespace as a value (`helper(st)`, `const s = st`, `st[name]`): yes (what receives it
//   in another module is checked there);
// - a magic write of anything but text (`df` on a line of its own): yes.
// Types are not looked at (`typeof st`, `st.Container`).
import * as t from "@babel/types";
import { SKIP, walk } from "../../utils/walk.ts";
import type { RivuletImports } from "./imports.ts";
import { DATA_WRITERS } from "./st-api.ts";

export function writesData(program: t.Program, imports: RivuletImports, magic: Iterable<t.ExpressionStatement>): boolean {
  if ([...imports.named.values()].some((name) => DATA_WRITERS.has(name))) return true;
  for (const statement of magic) if (!isText(statement.expression)) return true;
  const namespaces = new Set([...imports.namespaces].map((binding) => binding.identifier.name));
  let writes = false;
  walk<t.Node | null>(program, null, (node, parent) => {
    if (writes) return SKIP;
    switch (node.type) {
      case "ImportDeclaration":
      case "TSTypeReference":
      case "TSTypeQuery":
      case "TSQualifiedName":
      case "TSImportType":
        return SKIP;
      case "MemberExpression":
      case "OptionalMemberExpression": {
        const name = memberName(node);
        if (name === null ? node.object.type === "Identifier" && namespaces.has(node.object.name) : DATA_WRITERS.has(name) && !calledWithText(node, parent)) writes = true;
        return node;
      }
      case "ObjectPattern":
        if (node.properties.some((p) => p.type === "ObjectProperty" && DATA_WRITERS.has(keyName(p) ?? ""))) writes = true;
        return node;
      case "Identifier":
        if (namespaces.has(node.name) && isValueUse(node, parent)) writes = true;
        return node;
      default:
        return node;
    }
  });
  return writes;
}

/** `x.name` or `x["name"]`: the name; null for a computed key that is not a string. */
function memberName(node: t.MemberExpression | t.OptionalMemberExpression): string | null {
  if (!node.computed && node.property.type === "Identifier") return node.property.name;
  if (node.property.type === "StringLiteral") return node.property.value;
  return null;
}

function keyName(property: t.ObjectProperty): string | null {
  if (property.computed) return property.key.type === "StringLiteral" ? property.key.value : null;
  return property.key.type === "Identifier" ? property.key.name : property.key.type === "StringLiteral" ? property.key.value : null;
}

/** `st.write("Hello")`: a writer called with text only (which is no data). */
function calledWithText(member: t.Node, parent: t.Node | null): boolean {
  return parent !== null && (parent.type === "CallExpression" || parent.type === "OptionalCallExpression") && parent.callee === member && parent.arguments.every((a) => a.type !== "SpreadElement" && isText(a));
}

function isText(node: t.Node): boolean {
  switch (node.type) {
    case "StringLiteral":
    case "TemplateLiteral":
    case "NumericLiteral":
    case "BooleanLiteral":
    case "NullLiteral":
      return true;
    case "SequenceExpression":
      return node.expressions.every(isText);
    default:
      return false;
  }
}

/** The namespace's name where it is a value: not the object of a member (`st.x`), a key, a member's name or a declaration. */
function isValueUse(id: t.Identifier, parent: t.Node | null): boolean {
  if (parent === null) return true;
  switch (parent.type) {
    case "MemberExpression":
    case "OptionalMemberExpression":
      // As the object, memberName's case decides (a computed key that is not a string is a use).
      return parent.property === id && parent.computed;
    case "ObjectProperty":
    case "ObjectMethod":
    case "ClassProperty":
    case "ClassMethod":
      return parent.key === id ? parent.computed : true;
    default:
      return true;
  }
}
