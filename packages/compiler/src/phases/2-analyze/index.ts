// Phase 2: scopes and st bindings → call sites with site ids, fragment functions, widget
// callbacks, block-form bodies, st.echo's sources, session-bound reads, magic writes → checks → suppression comments.
import traverse, { type NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import type { Diagnostic } from "@rivulet/runtime/protocol";
import type { CompileMode } from "../../compile.ts";
import { invariant } from "../../utils/invariant.ts";
import type { SourceFile } from "../../utils/source-file.ts";
import type { Analysis, CompilerArg, StCall } from "./analysis.ts";
import { collectCallSites } from "./call-sites.ts";
import { findCallbacks } from "./callbacks.ts";
import { checks } from "./checks/index.ts";
import { findCacheInfo, type CacheInfo } from "./cache-info.ts";
import { findEchoSources } from "./echo-sources.ts";
import { findFragments } from "./fragments.ts";
import { findRivuletImports } from "./imports.ts";
import { findMagicWrites } from "./magic.ts";
import { writesData } from "./data-writes.ts";
import { findPageFiles, pageSpecifier, type PageFile } from "./page-files.ts";
import { findModuleImports } from "./module-imports.ts";
import { findSessionBoundReads } from "./session-bound.ts";
import { applySuppressions } from "./suppressions.ts";
import { findWithBodies } from "./with-bodies.ts";

export type { Analysis, StCall, Target } from "./analysis.ts";

export interface AnalyzeOptions {
  mode: CompileMode;
  /** Write bare expression statements with st.write, as Streamlit's magic does. */
  magic: boolean;
  /** Whether the app has magic (a library module has none of its own; its page files do, unless the app is without). */
  appMagic: boolean;
  /** Put before every site id: a library module's tag (`<tag>:`), so that ids are unique across modules. */
  sitePrefix: string;
}

export function analyze(ast: t.File, file: SourceFile, options: AnalyzeOptions): Analysis {
  const program = programPath(ast);
  const imports = findRivuletImports(program);
  const { calls, magic } = collectCallSites(program, imports, options.magic ? findMagicWrites(program) : new Set(), options.sitePrefix);
  const cache = findCacheInfo(calls.values());
  const pageFiles = findPageFiles(calls.values());
  const facts = {
    mode: options.mode,
    imports,
    calls,
    magic,
    fragments: findFragments(calls.values()),
    callbacks: findCallbacks(calls.values()),
    withBodies: findWithBodies(calls.values()),
    compilerArgs: compilerArgs(calls.values(), file, cache.infos, pageFiles),
    cachedFunctions: cache.cachedFunctions,
    sessionBound: findSessionBoundReads(imports),
    // A page file is imported too (its loader's import).
    moduleImports: [...findModuleImports(ast.program), ...[...pageFiles.values()].map((page) => pageSpecifier(page.pageFile, options.appMagic))],
    writesData: writesData(ast.program, imports, magic.keys()),
  };
  const reported: Diagnostic[] = [];
  for (const check of checks) {
    check({ analysis: facts, span: (node) => file.spanOfNode(node), report: (diag) => reported.push(diag) });
  }
  const diagnostics = applySuppressions(ast, file.source, reported, (start, end) => file.spanOfRange(start, end));
  diagnostics.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
  return { ...facts, diagnostics };
}

function compilerArgs(calls: Iterable<StCall>, file: SourceFile, cacheInfos: Map<t.CallExpression, CacheInfo>, pageFiles: Map<t.CallExpression, PageFile>): Map<t.CallExpression, CompilerArg> {
  const args = new Map<t.CallExpression, CompilerArg>();
  for (const [call, page] of pageFiles) args.set(call, { arity: 2, value: page });
  for (const [call, source] of findEchoSources(calls, file)) args.set(call, { arity: 2, value: source });
  for (const [call, info] of cacheInfos) args.set(call, { arity: 2, value: info });
  return args;
}

function programPath(ast: t.File): NodePath<t.Program> {
  let program: NodePath<t.Program> | undefined;
  traverse(ast, {
    Program(path) {
      program = path;
      path.stop();
    },
  });
  invariant(program, "a parsed file has a program");
  return program;
}
