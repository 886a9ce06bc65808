// Runs Babel plugins over the analysed AST and prints it, as @babel/core's transformFromAstSync
// does for a program it is handed, without @babel/core: its options, config files, presets and
// caches are what we never use, and they are a third of the compiler's weight in the browser
// (the playground). What the plugins see is core's: the plugin API (types, template, traverse),
// one traversal of every plugin's visitor, a pass object per plugin, the file's helpers
// (`addHelper`, from @babel/helpers), errors with a code frame, and core's `_blockHoist` order of
// the statements they insert.
import { codeFrameColumns } from "@babel/code-frame";
import generate from "@babel/generator";
import * as helpers from "@babel/helpers";
import template from "@babel/template";
import traverse, { NodePath, type Scope, type Visitor } from "@babel/traverse";
import * as t from "@babel/types";

/** The version the plugins are told (their `api.assertVersion`): the Babel our parser and traverse are. */
const BABEL_VERSION = "8.1.3";

export interface PluginObject {
  name?: string;
  visitor: Visitor<PluginPass>;
  inherits?: BabelPlugin;
  pre?(this: PluginPass, file: BabelFile): void;
  post?(this: PluginPass, file: BabelFile): void;
}

export type BabelPlugin = (api: PluginApi, options: object, dirname: string) => PluginObject;

export interface PluginApi {
  version: string;
  types: typeof t;
  template: typeof template;
  traverse: typeof traverse;
  assertVersion(range: number | string): void;
  assumption(name: string): boolean | undefined;
  targets(): Record<string, string>;
  caller<T>(callback: (caller: undefined) => T): T;
  env(): string;
}

type ErrorClass = new (message: string) => Error;

export interface PrintOptions {
  /** The script's file name: the source map's source. */
  file: string;
  source: string;
}

/** Runs `plugins` (in order, in one traversal) over `ast`, changed in place, and prints it with its source map. */
export function runPlugins(ast: t.File, plugins: readonly BabelPlugin[], { file, source }: PrintOptions): { code: string; map: object } {
  const babelFile = new BabelFile(ast, source, file);
  const loaded = plugins.map(load);
  const passes = loaded.map((plugin) => new PluginPass(babelFile, plugin.name ?? "plugin"));
  const visitors = [...loaded.map((plugin) => plugin.visitor), BLOCK_HOIST];
  for (const [i, plugin] of loaded.entries()) plugin.pre?.call(passes[i]!, babelFile);
  const merged = traverse.visitors.merge(visitors as Visitor<unknown>[], [...passes, undefined]);
  traverse(ast.program, merged, babelFile.scope, undefined, babelFile.path, true);
  for (const [i, plugin] of loaded.entries()) plugin.post?.call(passes[i]!, babelFile);
  const printed = generate(ast, { filename: file, sourceFileName: file, sourceMaps: true, comments: true, compact: false }, source);
  if (printed.map == null) throw new Error("Babel's generator gave no source map");
  return { code: printed.code, map: printed.map };
}

const API: PluginApi = {
  version: BABEL_VERSION,
  types: t,
  template,
  traverse,
  assertVersion(range) {
    // Every plugin we run is of Babel 8 (package.json pins them): a plugin of another major fails here.
    if (range !== 8 && !(typeof range === "string" && /(^|\|\|)\s*\^8\./.test(range))) {
      throw new Error(`A Babel plugin asks for Babel ${String(range)}; the compiler runs Babel ${BABEL_VERSION}`);
    }
  },
  assumption: () => undefined,
  targets: () => ({}),
  caller: (callback) => callback(undefined),
  env: () => "production",
};

/** A plugin's object with what it inherits (a syntax plugin) merged in, its visitor exploded. */
function load(plugin: BabelPlugin): PluginObject {
  const object = plugin(API, {}, "");
  const visitor = traverse.explode({ ...object.visitor } as Visitor<unknown>) as Visitor<PluginPass>;
  if (object.inherits === undefined) return { ...object, visitor };
  const parent = load(object.inherits);
  return {
    ...object,
    visitor: traverse.visitors.merge([parent.visitor, visitor] as Visitor<unknown>[]) as Visitor<PluginPass>,
    pre: chain(parent.pre, object.pre),
    post: chain(parent.post, object.post),
  };
}

function chain(first: PluginObject["pre"], second: PluginObject["pre"]): PluginObject["pre"] {
  if (first === undefined || second === undefined) return first ?? second;
  return function (this: PluginPass, file: BabelFile) {
    first.call(this, file);
    second.call(this, file);
  };
}

/** The file the plugins transform (core's `File`): its program's path and scope, its helpers, its errors. */
export class BabelFile {
  readonly path: NodePath<t.Program>;
  readonly scope: Scope;
  readonly opts: { filename: string; cwd: string };
  readonly hub: { file: BabelFile; getCode(): string; getScope(): Scope; addHelper(name: string): t.Identifier; buildError(node: t.Node, message: string, Error?: ErrorClass): Error };
  readonly #data = new Map<unknown, unknown>();
  /** The helpers added, by name: each is declared once. */
  readonly #helpers = new Map<string, t.Identifier>();

  constructor(
    readonly ast: t.File,
    readonly code: string,
    filename: string,
  ) {
    this.opts = { filename, cwd: "/" };
    this.hub = {
      file: this,
      getCode: () => this.code,
      getScope: () => this.scope,
      addHelper: (name) => this.addHelper(name),
      buildError: (node, message, Error) => this.buildCodeFrameError(node, message, Error),
    };
    this.path = NodePath.get({ hub: this.hub, parentPath: null, parent: ast, container: ast, key: "program" }).setContext() as NodePath<t.Program>;
    this.scope = this.path.scope;
  }

  get(key: unknown): unknown {
    return this.#data.get(key);
  }

  set(key: unknown, value: unknown): void {
    this.#data.set(key, value);
  }

  has(key: unknown): boolean {
    return this.#data.has(key);
  }

  /** Declares Babel's helper `name` (and those it uses) at the top of the program, once; returns its identifier. */
  addHelper(name: string): t.Identifier {
    if (helpers.isInternal(name)) throw new Error(`Cannot use internal helper ${name}`);
    return this.#addHelper(name);
  }

  #addHelper(name: string): t.Identifier {
    const known = this.#helpers.get(name);
    if (known !== undefined) return t.cloneNode(known);
    helpers.minVersion(name);
    const id = this.scope.generateUidIdentifier(name);
    this.#helpers.set(name, id);
    const dependencies: Record<string, t.Identifier> = {};
    for (const dependency of helpers.getDependencies(name)) dependencies[dependency] = this.#addHelper(dependency);
    const { nodes, globals } = helpers.get(name, (dependency) => dependencies[dependency]!, id.name, Object.keys(this.scope.getAllBindings()));
    for (const global of globals) if (this.path.scope.hasBinding(global, true)) this.path.scope.rename(global);
    for (const node of nodes) (node as { _compact?: boolean })._compact = true;
    for (const added of this.path.unshiftContainer("body", nodes)) if (added.isVariableDeclaration()) this.scope.registerDeclaration(added);
    return id;
  }

  buildCodeFrameError(node: t.Node | null | undefined, message: string, ErrorOf: ErrorClass = SyntaxError): Error {
    const loc = node?.loc;
    if (loc == null) return new ErrorOf(`${message} (on a node the compiler made)`);
    const end = loc.start.line === loc.end.line ? { line: loc.end.line, column: loc.end.column } : undefined;
    return new ErrorOf(`${message}\n${codeFrameColumns(this.code, { start: { line: loc.start.line, column: loc.start.column }, ...(end ? { end } : {}) }, { highlightCode: false })}`);
  }
}

/** The state a plugin's visitors get (core's PluginPass). */
export class PluginPass {
  readonly opts = {};
  readonly #data = new Map<unknown, unknown>();

  constructor(
    readonly file: BabelFile,
    readonly key: string,
  ) {}

  get filename(): string {
    return this.file.opts.filename;
  }

  get cwd(): string {
    return this.file.opts.cwd;
  }

  get(key: unknown): unknown {
    return this.#data.get(key);
  }

  set(key: unknown, value: unknown): void {
    this.#data.set(key, value);
  }

  addHelper(name: string): t.Identifier {
    return this.file.addHelper(name);
  }

  buildCodeFrameError(node: t.Node, message: string, ErrorOf?: ErrorClass): Error {
    return this.file.buildCodeFrameError(node, message, ErrorOf);
  }
}

/**
 * Core's last visitor: statements a plugin inserted with a `_blockHoist` priority (a helper's
 * declaration, `scope.push`'s) move above those of a lower one, in a stable order.
 */
const BLOCK_HOIST = traverse.explode({
  Block: { exit: ({ node }: NodePath<t.Block>) => void (node.body = hoisted(node.body) as typeof node.body) },
  SwitchCase: { exit: ({ node }: NodePath<t.SwitchCase>) => void (node.consequent = hoisted(node.consequent)) },
} as Visitor<unknown>);

function priority(node: t.Node | undefined): number {
  const hoist = (node as { _blockHoist?: number | boolean } | undefined)?._blockHoist;
  if (hoist == null) return 1;
  if (hoist === true) return 2;
  return Number(hoist);
}

function hoisted<N extends t.Node>(body: N[]): N[] {
  // Most bodies are in order already: only then are they left as they are.
  let max = 2 ** 30 - 1;
  let inOrder = true;
  for (const node of body) {
    const p = priority(node);
    if (p > max) {
      inOrder = false;
      break;
    }
    max = p;
  }
  if (inOrder) return body;
  const buckets = new Map<number, N[]>();
  for (const node of body) {
    const p = priority(node);
    const bucket = buckets.get(p);
    if (bucket === undefined) buckets.set(p, [node]);
    else bucket.push(node);
  }
  return [...buckets.keys()].sort((a, b) => b - a).flatMap((p) => buckets.get(p)!);
}
