import { STATUS_CODE, coordsOf, indexOf, type CubeDimension, type Interner } from './cube';
import type { PxKeywords } from './px-keywords';
import { classifySymbolText, symbolTextFromNotes } from './symbols';

/** What a DATANOTECELL / CELLNOTE does to a cell. status -1 keeps the cell's own status. */
export interface PxCellRule {
  status: number;
  symbol: number;
  note: number;
}

export interface PxCellRules {
  exact: Map<number, PxCellRule>;
  wildcard: { pattern: Int32Array; rule: PxCellRule }[];
  sizes: readonly number[];
  empty: boolean;
}

function merge(first: PxCellRule, second: PxCellRule): PxCellRule {
  return {
    status: first.status >= 0 ? first.status : second.status,
    symbol: first.symbol || second.symbol,
    note: first.note || second.note,
  };
}

/**
 * Reads DATANOTECELL, CELLNOTEX and CELLNOTE. Their parameters name one category per variable
 * (by value text or code; SSB uses codes) or "*" for all. A DATANOTECELL marker becomes a status
 * when the table notes explain it (SSB: "* = Foreløpig tall" → provisional); otherwise it is
 * kept as the cell's note.
 */
export function buildCellRules(
  kw: PxKeywords,
  dimensions: readonly CubeDimension[],
  sizes: readonly number[],
  tableNotes: readonly string[],
  symbols: Interner,
  notes: Interner,
  warnings: string[],
): PxCellRules {
  const lookups = dimensions.map((d) => {
    const map = new Map<string, number>();
    d.categories.forEach((c, i) => {
      if (!map.has(c.label)) map.set(c.label, i);
    });
    d.categories.forEach((c, i) => {
      if (!map.has(c.code)) map.set(c.code, i);
    });
    return map;
  });
  const rules: PxCellRules = { exact: new Map(), wildcard: [], sizes, empty: true };
  let ignored = 0;
  const add = (subkeys: readonly string[], rule: PxCellRule): void => {
    if (subkeys.length !== dimensions.length) {
      ignored++;
      return;
    }
    const pattern = new Int32Array(subkeys.length);
    let wildcard = false;
    for (let d = 0; d < subkeys.length; d++) {
      const key = subkeys[d] ?? '';
      if (key === '*') {
        pattern[d] = -1;
        wildcard = true;
        continue;
      }
      const at = lookups[d]?.get(key);
      if (at === undefined) {
        ignored++;
        return;
      }
      pattern[d] = at;
    }
    rules.empty = false;
    if (wildcard) rules.wildcard.push({ pattern, rule });
    else {
      const index = indexOf(Array.from(pattern), sizes);
      const existing = rules.exact.get(index);
      rules.exact.set(index, existing ? merge(existing, rule) : rule);
    }
  };

  const markerRules = new Map<string, PxCellRule>();
  for (const entry of kw.all('DATANOTECELL', null)) {
    const marker = kw.text(entry).trim();
    if (marker === '') continue;
    let rule = markerRules.get(marker);
    if (!rule) {
      const explanation = symbolTextFromNotes(marker, tableNotes);
      const meaning = explanation ? classifySymbolText(explanation) : null;
      const status = meaning === 'provisional' || meaning === 'break' || meaning === 'estimate' ? STATUS_CODE[meaning] : -1;
      rule = {
        status,
        symbol: status >= 0 ? symbols.id(marker) : 0,
        note: notes.id(explanation ?? marker),
      };
      markerRules.set(marker, rule);
    }
    add(entry.subkeys, rule);
  }
  for (const keyword of ['CELLNOTEX', 'CELLNOTE']) {
    for (const entry of kw.all(keyword, null)) {
      const text = kw.text(entry);
      if (text !== '') add(entry.subkeys, { status: -1, symbol: 0, note: notes.id(text) });
    }
  }
  if (ignored > 0)
    warnings.push(
      `${ignored} cell note(s) name categories that are not in the table and were ignored.`,
    );
  return rules;
}

export function ruleFor(rules: PxCellRules, index: number): PxCellRule | undefined {
  let rule = rules.exact.get(index);
  if (rules.wildcard.length > 0) {
    const coords = coordsOf(index, rules.sizes);
    for (const { pattern, rule: candidate } of rules.wildcard) {
      let match = true;
      for (let d = 0; d < pattern.length; d++) {
        const want = pattern[d] ?? -1;
        if (want >= 0 && want !== coords[d]) {
          match = false;
          break;
        }
      }
      if (match) rule = rule ? merge(rule, candidate) : candidate;
    }
  }
  return rule;
}
