/**
 * Which message keys the code asks for, read with the TypeScript compiler, and whether the
 * messages have them. Used by check-i18n.ts.
 *
 * A key is recognised in three places:
 *
 * - the first argument of a translation call — `t(…)`, `i18n.t(…)`;
 * - in client and shared code, any other text that starts with a top-level message name and a
 *   dot (`key: 'imports.draft.unused'`, `` `validation.${code}` ``): keys travel there as data
 *   before they reach `t`. Permission names (`programme.update`, `audit.read`) look like keys and
 *   are not: text that is exactly one of the names given as `notKeys` is passed over, and server
 *   code is left out of this rule altogether;
 * - property access into a message file the code imports (`MESSAGES[locale].indicatorUnit[unit]`
 *   in the server's label helpers).
 *
 * A dynamic part of a key (`` t(`units.${unit}`) ``, `'errors.' + code`) is expanded when its type
 * is a union of literals (an enum from src/shared: units, statuses, error codes): every member
 * must have its message. Otherwise it stands for "anything": the text before it must name a
 * group of messages and at least one message must fit. A key the code computes in other ways
 * (`t(message.keys)`) cannot be checked and is counted as such.
 */
import path from 'node:path';
import ts from 'typescript';

export type Messages = { [key: string]: string | Messages };

/** A dynamic part of a key: any text. */
export const ANY = null;
/** A key as the code may ask for it: literal parts and dynamic ones. */
export type KeyPattern = readonly (string | typeof ANY)[];

export interface KeyUse {
  file: string;
  line: number;
  /** The key as written in the code, for messages. */
  text: string;
  /** Every key the code may ask for there. */
  patterns: KeyPattern[];
}

export interface KeyUses {
  uses: KeyUse[];
  /** Translation calls whose key the code computes in a way this reading cannot follow. */
  unchecked: { file: string; line: number; text: string }[];
}

/** Flattens nested messages to dotted keys, with what each leaf holds (a text, or not). */
export function flattenMessages(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Messages)) flattenMessages(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** The translator looks up `key_one`, `key_other`, … when given a count (see translator.ts). */
const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'];
const MAX_EXPANDED = 500;
const KEY_LIKE = /^[A-Za-z][\w-]*(\.[\w-]+)+$/;
const KEY_START = /^[A-Za-z][\w-]*\.[\w.-]*$/;

/** The keys a pattern fits among `keys` (a literal key also fits its plural forms). */
export function keysFitting(pattern: KeyPattern, keys: Iterable<string>): string[] {
  if (pattern.every((p) => p !== ANY)) {
    const key = pattern.join('');
    const forms = new Set([key, ...PLURAL_SUFFIXES.map((s) => key + s)]);
    return [...keys].filter((k) => forms.has(k));
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^${pattern.map((p) => (p === ANY ? '.+?' : escape(p))).join('')}$`);
  return [...keys].filter((k) => re.test(k));
}

export function patternText(pattern: KeyPattern): string {
  return pattern.map((p) => (p === ANY ? '*' : p)).join('');
}

/** The problem with a key the code asks for, or undefined when the messages have it. */
export function keyProblem(pattern: KeyPattern, keys: ReadonlySet<string>): string | undefined {
  const fitting = keysFitting(pattern, keys);
  if (pattern.every((p) => p !== ANY)) {
    const key = pattern.join('');
    if (fitting.length > 0) return undefined;
    const isGroup = [...keys].some((k) => k.startsWith(`${key}.`));
    return isGroup ? `${key} is a group of messages, not a message` : `${key} is not in the messages`;
  }
  const literal = pattern[0] ?? '';
  const group = typeof literal === 'string' && literal.includes('.') ? literal.slice(0, literal.lastIndexOf('.')) : '';
  if (group !== '' && ![...keys].some((k) => k.startsWith(`${group}.`))) {
    return `${group} is not a group of messages (asked for as ${patternText(pattern)})`;
  }
  return fitting.length > 0 ? undefined : `no message fits ${patternText(pattern)}`;
}

/** Every combination of the parts' alternatives, or undefined when there would be too many. */
function combine(parts: readonly KeyPattern[][]): KeyPattern[] | undefined {
  let out: KeyPattern[] = [[]];
  for (const alternatives of parts) {
    out = out.flatMap((head) => alternatives.map((tail) => [...head, ...tail]));
    if (out.length > MAX_EXPANDED) return undefined;
  }
  return out.map(joined);
}

/** Adjacent literal parts joined, empty ones dropped, so a pattern reads as the key it stands for. */
function joined(pattern: KeyPattern): KeyPattern {
  const out: (string | typeof ANY)[] = [];
  for (const part of pattern) {
    const last = out.length - 1;
    if (part === '') continue;
    if (part !== ANY && typeof out[last] === 'string') out[last] += part;
    else out.push(part);
  }
  return out;
}

/** The literal texts a type can be, or undefined when it can be other text too. */
function literalTexts(type: ts.Type): string[] | undefined {
  const members = type.isUnion() ? type.types : [type];
  const out: string[] = [];
  for (const m of members) {
    if (m.isStringLiteral()) out.push(m.value);
    else if (m.isNumberLiteral()) out.push(String(m.value));
    else if (m.flags & ts.TypeFlags.BooleanLiteral) out.push((m as ts.Type & { intrinsicName: string }).intrinsicName);
    else return undefined;
  }
  return out;
}

function unwrap(node: ts.Expression): ts.Expression {
  let n = node;
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n) || ts.isSatisfiesExpression(n)) n = n.expression;
  return n;
}

/** `'a.' + b + '.c'` as its operands, left to right. */
function concatenated(node: ts.Expression): ts.Expression[] | undefined {
  const n = unwrap(node);
  if (!ts.isBinaryExpression(n) || n.operatorToken.kind !== ts.SyntaxKind.PlusToken) return undefined;
  return [...(concatenated(n.left) ?? [n.left]), ...(concatenated(n.right) ?? [n.right])];
}

/**
 * The keys an expression may be, read from its syntax (literals, templates, `+`, `?:`, arrays
 * of fallback keys) and, for the dynamic parts, from its types. Undefined when it cannot be read.
 */
function patternsOf(node: ts.Expression, checker: ts.TypeChecker): KeyPattern[] | undefined {
  const n = unwrap(node);
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return [[n.text]];
  if (ts.isConditionalExpression(n)) {
    const a = patternsOf(n.whenTrue, checker);
    const b = patternsOf(n.whenFalse, checker);
    return a && b ? [...a, ...b] : undefined;
  }
  if (ts.isArrayLiteralExpression(n)) {
    const all = n.elements.map((e) => patternsOf(e, checker));
    return all.every((p) => p !== undefined) ? all.flat() : undefined;
  }
  const part = (e: ts.Expression): KeyPattern[] => {
    const inner = unwrap(e);
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return [[inner.text]];
    return (literalTexts(checker.getTypeAtLocation(inner)) ?? [ANY]).map((t) => [t]);
  };
  if (ts.isTemplateExpression(n)) {
    const parts: KeyPattern[][] = [[[n.head.text]]];
    for (const span of n.templateSpans) parts.push(part(span.expression), [[span.literal.text]]);
    return combine(parts) ?? [[n.head.text, ANY]];
  }
  const operands = concatenated(n);
  if (operands) return combine(operands.map(part)) ?? [[...part(operands[0]!)[0]!, ANY]];
  const texts = literalTexts(checker.getTypeAtLocation(n));
  return texts?.map((t) => [t]);
}

/** The module that declares the translator's `TFunction` (see src/shared/i18n/translator.ts). */
const TRANSLATOR = /[\\/]src[\\/]shared[\\/]i18n[\\/]translator\.ts$/;

/** A call of the translator's `t`: `t(…)` or `i18n.t(…)` where `t` is a `TFunction` (not any function named t). */
function isTranslationCall(node: ts.CallExpression, checker: ts.TypeChecker): boolean {
  const callee = unwrap(node.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name !== 't') return false;
  const symbol = checker.getTypeAtLocation(node.expression).getSymbol();
  return symbol?.getName() === 'TFunction' && (symbol.declarations ?? []).some((d) => TRANSLATOR.test(d.getSourceFile().fileName));
}

/** The dotted path of an object declared in a message file, or undefined when it is declared elsewhere. */
function messagePathOf(declaration: ts.Node | undefined, isMessageFile: (file: string) => boolean): string | undefined {
  if (!declaration || !ts.isObjectLiteralExpression(declaration)) return undefined;
  if (!isMessageFile(declaration.getSourceFile().fileName)) return undefined;
  const names: string[] = [];
  let n: ts.Node = declaration;
  while (ts.isPropertyAssignment(n.parent)) {
    const name = n.parent.name;
    names.unshift(ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText());
    n = n.parent.parent;
  }
  return names.join('.');
}

/** Keys read as properties of an imported message file: `messages.indicatorUnit[unit]`. */
function messageAccess(
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  checker: ts.TypeChecker,
  isMessageFile: (file: string) => boolean,
): KeyPattern[] | undefined {
  const type = checker.getTypeAtLocation(node.expression);
  const prefixes = new Set<string>();
  for (const t of type.isUnion() ? type.types : [type]) {
    const prefix = messagePathOf(t.getSymbol()?.declarations?.[0], isMessageFile);
    if (prefix === undefined) return undefined;
    prefixes.add(prefix ? `${prefix}.` : '');
  }
  if (prefixes.size === 0) return undefined;
  let names: KeyPattern[];
  if (ts.isPropertyAccessExpression(node)) names = [[node.name.text]];
  else {
    const arg = unwrap(node.argumentExpression);
    const texts = ts.isStringLiteral(arg) ? [arg.text] : literalTexts(checker.getTypeAtLocation(arg));
    names = texts ? texts.map((t) => [t]) : [[ANY]];
  }
  return [...prefixes].flatMap((prefix) => names.map((name) => joined([prefix, ...name])));
}

/** The modules a source file imports, read without compiling it. */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, false).importedFiles.map((f) => f.fileName);
}

/**
 * Only a file that imports the translator (or the hook that hands it out) can call `t`, and only one that imports a message file can
 * read messages: the type checker, which is slow, is asked about calls and property access only
 * there, and other files need not be compiled unless their text is read for keys.
 */
export function sourceRole(
  file: string,
  imports: readonly string[],
  isMessageFile: (file: string) => boolean,
): { mayTranslate: boolean; readsMessages: boolean } {
  return {
    mayTranslate: imports.some((m) => /(^|\/)(translator|translation)$/.test(m)),
    readsMessages: imports.some((m) => m.startsWith('.') && isMessageFile(path.resolve(path.dirname(file), m))),
  };
}

export interface FindOptions {
  /** Top-level message names: text starting with one of them and a dot is taken for a key. */
  namespaces: ReadonlySet<string>;
  /** Whether key-like text outside translation calls counts in this file (see the top). */
  readsLiterals(file: string): boolean;
  /** Dotted names that are something else (permission actions): such text is no key outside `t`. */
  notKeys?: ReadonlySet<string>;
  isMessageFile(file: string): boolean;
  /** File names as reported (e.g. relative to the repository). */
  display(file: string): string;
}

/** Every key the given source files ask for. */
export function findKeyUses(program: ts.Program, files: readonly string[], options: FindOptions): KeyUses {
  const checker = program.getTypeChecker();
  const uses: KeyUse[] = [];
  const unchecked: KeyUses['unchecked'] = [];
  const looksLikeKey = (text: string, whole: boolean) => {
    const dot = text.indexOf('.');
    return dot > 0 && options.namespaces.has(text.slice(0, dot)) && (whole ? KEY_LIKE : KEY_START).test(text);
  };

  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not part of the program`);
    const readsLiterals = options.readsLiterals(file);
    const { mayTranslate, readsMessages } = sourceRole(file, importsOf(source.text), options.isMessageFile);
    const at = (node: ts.Node) => ({
      file: options.display(file),
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      text: node.getText(source),
    });
    const record = (node: ts.Node, patterns: KeyPattern[]) => uses.push({ ...at(node), patterns });
    const asKey = (node: ts.Expression, isCall: boolean) => {
      const patterns = patternsOf(node, checker);
      if (patterns) record(node, patterns);
      else if (isCall) unchecked.push(at(node));
    };

    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
      if (mayTranslate && ts.isCallExpression(node) && node.arguments[0] && isTranslationCall(node, checker)) {
        asKey(node.arguments[0], true);
        node.arguments.slice(1).forEach(visit);
        return;
      }
      if (readsMessages && (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && !isAccessedFurther(node)) {
        const patterns = messageAccess(node, checker, options.isMessageFile);
        if (patterns) record(node, patterns);
      }
      if (readsLiterals) {
        if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && looksLikeKey(node.text, true) && !options.notKeys?.has(node.text)) {
          if (!ts.isPropertyAssignment(node.parent) || node.parent.name !== node) record(node, [[node.text]]);
        } else if (ts.isTemplateExpression(node) && looksLikeKey(node.head.text, false)) {
          asKey(node, false);
          node.templateSpans.forEach((span) => visit(span.expression));
          return;
        } else if (ts.isBinaryExpression(node) && !isConcatenated(node.parent)) {
          const operands = concatenated(node) ?? [];
          const first = operands[0];
          if (first && ts.isStringLiteral(first) && looksLikeKey(first.text, false)) {
            asKey(node, false);
            operands.slice(1).forEach(visit);
            return;
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uses, unchecked };
}

function isConcatenated(node: ts.Node): boolean {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

function isAccessedFurther(node: ts.Expression): boolean {
  const parent = node.parent;
  return (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node;
}

export interface KeyCheck {
  /** `file:line: problem`, one per key the messages lack. */
  missing: string[];
  /** Message keys no use fits. */
  unused: string[];
}

/**
 * Checks every use against the message keys. `absent` names keys the messages leave out on
 * purpose although a type says the code could ask for them (the code never does, in a way the
 * types do not tell): they are not reported.
 */
export function checkKeyUses(uses: readonly KeyUse[], keys: ReadonlySet<string>, absent: ReadonlySet<string> = new Set()): KeyCheck {
  const missing: string[] = [];
  const used = new Set<string>();
  for (const use of uses) {
    const problems: string[] = [];
    for (const pattern of use.patterns) {
      const isAbsentOnPurpose = pattern.every((p) => p !== ANY) && absent.has(pattern.join(''));
      const problem = isAbsentOnPurpose ? undefined : keyProblem(pattern, keys);
      if (problem) problems.push(problem);
      for (const k of keysFitting(pattern, keys)) used.add(k);
    }
    const where = `${use.file}:${use.line}:`;
    if (problems.length > 1 && problems.length === use.patterns.length) {
      missing.push(`${where} none of the ${problems.length} keys ${use.text} stands for is in the messages (${problems[0]})`);
    } else {
      for (const p of problems) missing.push(`${where} ${p}${use.patterns.length > 1 ? ` (asked for as ${use.text})` : ''}`);
    }
  }
  return { missing: [...new Set(missing)], unused: [...keys].filter((k) => !used.has(k)).sort() };
}

/** The repository's compiler options, read from its tsconfig.json. */
export function compilerOptions(tsconfig: string): ts.CompilerOptions {
  const config = ts.readConfigFile(tsconfig, (f) => ts.sys.readFile(f));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  return { ...ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(tsconfig)).options, noEmit: true };
}

/** A program over the given files (and what they import), for the type checker. */
export function createProgram(files: readonly string[], options: ts.CompilerOptions, host?: ts.CompilerHost): ts.Program {
  return ts.createProgram({ rootNames: files, options, ...(host ? { host } : {}) });
}
