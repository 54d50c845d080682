import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANY, checkKeyUses, compilerOptions, createProgram, findKeyUses, flattenMessages, keyProblem, type KeyUses } from './i18n-keys';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Virtual files placed inside the repository, so that the client's translator resolves from them.
const base = path.join(root, 'scripts', '__i18n_keys_fixture__');
/** How the virtual files import the client's translator. */
const TRANSLATOR = path.relative(base, path.join(root, 'src', 'shared', 'i18n', 'translator')).split(path.sep).join('/');

const MESSAGES = {
  common: { save: 'Lagre', items_one: '{{count}} ting', items_other: '{{count}} ting' },
  unit: { percent: 'prosent', count: 'antall' },
  errors: { NOT_FOUND: 'Finnes ikke', FORBIDDEN: 'Ikke lov' },
  form: { name: 'Navn', nameHelp: 'Hjelp', code: 'Kode', codeHelp: 'Hjelp' },
  draft: { unused: 'Ubrukt' },
};
const KEYS = new Set(flattenMessages(MESSAGES).keys());

const FILES: Record<string, string> = {
  'messages.json': JSON.stringify(MESSAGES),
  'literal.ts': `import type { TFunction } from '${TRANSLATOR}';
export function page(t: TFunction) {
  return [t('common.save'), t('nope.missing'), t('common.items', { count: 2 }), t('common')];
}
`,
  'dynamic.ts': `import type { TFunction } from '${TRANSLATOR}';
type Unit = 'percent' | 'count' | 'nok';
type Code = 'NOT_FOUND' | 'FORBIDDEN';
export function page(t: TFunction, unit: Unit, code: Code, field: string, isHelp: boolean) {
  const key = isHelp ? 'form.nameHelp' : 'form.name';
  return [
    t(\`unit.\${unit}\`),
    t('errors.' + code),
    t(\`form.\${field}Help\`),
    t(\`missing.\${field}\`),
    t(isHelp ? 'common.save' : \`unit.\${field}\`),
    t(key),
    t([\`errors.\${field}\`, 'common.save']),
  ];
}
`,
  'unreadable.ts': `import type { TFunction } from '${TRANSLATOR}';
export function page(t: TFunction, keys: string[]) {
  return t(keys);
}
export function header(term: string) {
  const t = (text: string) => text.toUpperCase();
  return t('nope.notAKey') + term;
}
`,
  'data.ts': `export const problems = [{ path: 'x', key: 'draft.unused' }, { path: 'y', key: 'draft.unsued' }];
export const labels = { 'draft.asName': 1 };
export const permission = 'common.update';
export const field = (code: string) => \`form.\${code}\`;
export const errorKey = (code: 'NOT_FOUND' | 'GONE') => 'errors.' + code;
`,
  'labels.ts': `import messages from './messages.json';
type Unit = keyof typeof messages.unit;
export const unitLabel = (unit: Unit) => messages.unit[unit];
export const saveLabel = () => messages.common.save;
`,
};

let program: ts.Program;

beforeAll(() => {
  const options = compilerOptions(path.join(root, 'tsconfig.json'));
  const host = ts.createCompilerHost(options, true);
  const virtual = new Map(Object.entries(FILES).map(([name, text]) => [path.join(base, name), text]));
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  host.getSourceFile = (name, language, ...rest) => {
    const text = virtual.get(name);
    return text === undefined ? getSourceFile.call(host, name, language, ...rest) : ts.createSourceFile(name, text, language, true);
  };
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(name) ?? readFile.call(host, name);
  host.directoryExists = (name) => name === base || (directoryExists?.call(host, name) ?? true);
  program = createProgram([...virtual.keys()].filter((f) => /\.tsx?$/.test(f)), options, host);
});

function usesIn(file: string, readsLiterals = true, notKeys?: ReadonlySet<string>): KeyUses {
  return findKeyUses(program, [path.join(base, file)], {
    namespaces: new Set(Object.keys(MESSAGES)),
    readsLiterals: () => readsLiterals,
    ...(notKeys ? { notKeys } : {}),
    isMessageFile: (f) => f === path.join(base, 'messages.json'),
    display: (f) => path.relative(base, f),
  });
}

const missingIn = (file: string, readsLiterals = true) => checkKeyUses(usesIn(file, readsLiterals).uses, KEYS).missing;

describe('keys the code asks for', () => {
  it('reports a literal key missing from the messages with its file and line, and accepts plural forms', () => {
    expect(missingIn('literal.ts')).toEqual(['literal.ts:3: nope.missing is not in the messages', 'literal.ts:3: common is a group of messages, not a message']);
  });

  it('checks every member of a literal union in a dynamic key, and the group of an open one', () => {
    const { uses } = usesIn('dynamic.ts');
    expect(uses.find((u) => u.text === '`unit.${unit}`')?.patterns).toEqual([['unit.percent'], ['unit.count'], ['unit.nok']]);
    expect(uses.find((u) => u.text === "'errors.' + code")?.patterns).toEqual([['errors.NOT_FOUND'], ['errors.FORBIDDEN']]);
    expect(uses.find((u) => u.text === '`form.${field}Help`')?.patterns).toEqual([['form.', ANY, 'Help']]);
    expect(uses.find((u) => u.text === 'key')?.patterns).toEqual([['form.nameHelp'], ['form.name']]);
    expect(checkKeyUses(uses, KEYS).missing).toEqual([
      'dynamic.ts:7: unit.nok is not in the messages (asked for as `unit.${unit}`)',
      'dynamic.ts:10: missing is not a group of messages (asked for as missing.*)',
    ]);
  });

  it('leaves out keys the messages lack on purpose', () => {
    expect(checkKeyUses(usesIn('dynamic.ts').uses, KEYS, new Set(['unit.nok'])).missing).toEqual([
      'dynamic.ts:10: missing is not a group of messages (asked for as missing.*)',
    ]);
  });

  it('counts a key it cannot read as not checked, and ignores functions that are not the translator’s t', () => {
    const { uses, unchecked } = usesIn('unreadable.ts', false);
    expect(uses).toEqual([]);
    expect(unchecked).toEqual([{ file: 'unreadable.ts', line: 3, text: 'keys' }]);
  });

  it('reads keys written as data where literals are read, and not elsewhere', () => {
    expect(usesIn('data.ts').uses.map((u) => u.text)).toEqual(["'draft.unused'", "'draft.unsued'", "'common.update'", '`form.${code}`', "'errors.' + code"]);
    expect(missingIn('data.ts')).toEqual([
      'data.ts:1: draft.unsued is not in the messages',
      'data.ts:3: common.update is not in the messages',
      "data.ts:5: errors.GONE is not in the messages (asked for as 'errors.' + code)",
    ]);
    expect(usesIn('data.ts', false).uses).toEqual([]);
  });

  it('passes over names that only look like keys (permission actions), but not in a translation call', () => {
    const notKeys = new Set(['common.update', 'nope.missing']);
    expect(usesIn('data.ts', true, notKeys).uses.map((u) => u.text)).toEqual(["'draft.unused'", "'draft.unsued'", '`form.${code}`', "'errors.' + code"]);
    expect(checkKeyUses(usesIn('literal.ts', true, notKeys).uses, KEYS).missing).toContain('literal.ts:3: nope.missing is not in the messages');
  });

  it('reads property access into an imported message file as keys', () => {
    const { uses } = usesIn('labels.ts', false);
    expect(uses.map((u) => u.patterns)).toEqual([[['unit.percent'], ['unit.count']], [['common.save']]]);
  });
});

describe('message keys no code asks for', () => {
  it('are those that no key, expanded union or open pattern fits', () => {
    const uses = ['literal.ts', 'dynamic.ts'].flatMap((f) => usesIn(f).uses);
    expect(checkKeyUses(uses, KEYS).unused).toEqual(['draft.unused', 'form.code']);
  });
});

describe('keyProblem', () => {
  it('wants a message where a key is literal and a group with a fitting message where it is open', () => {
    expect(keyProblem(['form.name'], KEYS)).toBeUndefined();
    expect(keyProblem(['form'], KEYS)).toBe('form is a group of messages, not a message');
    expect(keyProblem(['form.', ANY, 'Help'], KEYS)).toBeUndefined();
    expect(keyProblem(['form.', ANY, 'Hint'], KEYS)).toBe('no message fits form.*Hint');
    expect(keyProblem(['nope.', ANY], KEYS)).toBe('nope is not a group of messages (asked for as nope.*)');
  });
});
