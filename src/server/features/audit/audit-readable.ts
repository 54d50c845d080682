import type { AuditChange, AuditValue } from '../../../shared/contracts/audit';

/**
 * The audit trail in words a secretariat reads: for an update, the fields it changed (not those
 * it left alone), each with its value before and after — names instead of ids, the name of a
 * record in a list instead of the record — and for a list what was added and removed.
 */

/** Fields that change with every write, or say nothing to a reader. */
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', 'passwordHash', 'heartbeatAt', 'progressDone']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TEXT = 300;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): v is { nb: string; nn?: string | null; en?: string | null } => isRecord(v) && typeof v.nb === 'string' && Object.keys(v).every((k) => ['nb', 'nn', 'en'].includes(k));

/** Fields of two records that differ, apart from those nobody reads; none means the update changed nothing. */
export function changedKeys(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !IGNORED.has(k) && JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)).sort();
}

/** True when an update changed nothing a reader would see: the same values saved again. */
export function changesNothing(before: unknown, after: unknown): boolean {
  if (isRecord(before) && isRecord(after)) return changedKeys(before, after).length === 0;
  return JSON.stringify(before ?? null) === JSON.stringify(after ?? null);
}

/** Every id in the values, to look up their names at once. */
export function idsIn(values: unknown[]): string[] {
  const ids = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string' && UUID.test(v)) ids.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
  };
  values.forEach(walk);
  return [...ids];
}

function short(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** A value as a person reads it. */
export function readable(value: unknown, names: ReadonlyMap<string, AuditValue>): AuditValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return UUID.test(value) ? (names.get(value) ?? value) : short(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (isLocalized(value)) return value;
  if (isRecord(value)) {
    const name = value.name ?? value.title ?? value.label ?? value.fileName ?? value.email;
    const code = typeof value.code === 'string' ? value.code : undefined;
    if (typeof name === 'string') return code ? `${name} (${code})` : name;
    if (isLocalized(name)) return code ? { nb: `${name.nb} (${code})`, nn: name.nn ? `${name.nn} (${code})` : null, en: name.en ? `${name.en} (${code})` : null } : name;
    if (typeof value.id === 'string') return names.get(value.id) ?? code ?? value.id;
    if (code) return code;
  }
  return short(JSON.stringify(value));
}

/** How a list's element is told apart from the others: its id, else its whole value. */
const identity = (v: unknown) => (isRecord(v) && typeof v.id === 'string' ? v.id : JSON.stringify(v));

/**
 * The changes of an update. A list of ids beside a list of the same records (`focusAreaIds` and
 * `focusAreas`) is told once, by the records.
 */
export function describeChanges(before: unknown, after: unknown, names: ReadonlyMap<string, AuditValue>): AuditChange[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = changedKeys(before, after);
  const shown = keys.filter((k) => {
    const m = /^(.*)Ids?$/.exec(k);
    return !(m && (`${m[1]}s` in after || m[1]! in after));
  });
  return shown.flatMap((field): AuditChange[] => {
    const b = before[field];
    const a = after[field];
    // A text in three languages: each language that changed, as its own line (`summary.en`).
    if (isLocalized(b) || isLocalized(a)) {
      const was = isLocalized(b) ? b : undefined;
      const now = isLocalized(a) ? a : undefined;
      return (['nb', 'nn', 'en'] as const)
        .filter((lang) => (was?.[lang] ?? '') !== (now?.[lang] ?? ''))
        .map((lang) => ({ field: `${field}.${lang}`, before: short(was?.[lang] ?? '') || null, after: short(now?.[lang] ?? '') || null, added: [], removed: [] }));
    }
    if (Array.isArray(b) || Array.isArray(a)) {
      const was = new Map((Array.isArray(b) ? b : []).map((v) => [identity(v), v]));
      const now = new Map((Array.isArray(a) ? a : []).map((v) => [identity(v), v]));
      return [
        {
          field,
          before: null,
          after: null,
          added: [...now].filter(([k]) => !was.has(k)).map(([, v]) => readable(v, names)),
          removed: [...was].filter(([k]) => !now.has(k)).map(([, v]) => readable(v, names)),
        },
      ];
    }
    return [{ field, before: readable(b, names), after: readable(a, names), added: [], removed: [] }];
  });
}

/** The record's name, from the record itself when it has one. */
export function labelOf(record: unknown): AuditValue {
  if (!isRecord(record)) return null;
  for (const key of ['name', 'title', 'fileName', 'email', 'slug'] as const) {
    const v = record[key];
    if (typeof v === 'string' || isLocalized(v)) return v;
  }
  return null;
}
