// The phase 3 visitor table: one visitor per Babel node type. `Program` is applied separately,
// on exit, once the others have run.
import type { Visitor } from "@babel/traverse";
import type { TransformState } from "../state.ts";
import { AwaitExpression } from "./AwaitExpression.ts";
import { CallExpression } from "./CallExpression.ts";
import { CatchClause } from "./CatchClause.ts";
import { DoWhileStatement } from "./DoWhileStatement.ts";
import { ExportAllDeclaration } from "./ExportAllDeclaration.ts";
import { ExportNamedDeclaration } from "./ExportNamedDeclaration.ts";
import { ExpressionStatement } from "./ExpressionStatement.ts";
import { ForInStatement } from "./ForInStatement.ts";
import { ForOfStatement } from "./ForOfStatement.ts";
import { ForStatement } from "./ForStatement.ts";
import { Identifier } from "./Identifier.ts";
import { ImportDeclaration } from "./ImportDeclaration.ts";
import { ImportExpression } from "./ImportExpression.ts";
import { MemberExpression } from "./MemberExpression.ts";
import { OptionalMemberExpression } from "./OptionalMemberExpression.ts";
import { ThrowStatement } from "./ThrowStatement.ts";
import { WhileStatement } from "./WhileStatement.ts";

export { Program } from "./Program.ts";

export const visitors: Visitor<TransformState> = {
  AwaitExpression,
  CallExpression,
  CatchClause,
  DoWhileStatement,
  ExportAllDeclaration,
  ExportNamedDeclaration,
  ExpressionStatement,
  ForInStatement,
  ForOfStatement,
  ForStatement,
  Identifier,
  ImportDeclaration,
  ImportExpression,
  MemberExpression,
  OptionalMemberExpression,
  ThrowStatement,
  WhileStatement,
};
