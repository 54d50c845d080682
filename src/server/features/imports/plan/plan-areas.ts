import type { Db } from '../../../db/client';
import type { ImportMapping, ImportPreview, MappingProblem } from '../../../../shared/contracts/imports';
import { findAreasByCode } from '../imports.repo';
import type { SourceDimension } from '../source/source-dimensions';
import { areaCodeCandidates } from './area-codes';
import { problem } from './mapping-problems';
import { classifyAreaDimension, fitsClassification } from './area-classification';
import type { AreaKind } from '../../../../shared/contracts/areas';

export interface AreaTarget {
  id: string;
  code: string;
  name: string;
  kind: AreaKind;
}

export interface AreaPlan {
  /** Per category of the area dimension: the position in `areas`, or -1 to leave it out. */
  target: Int32Array | undefined;
  areas: AreaTarget[];
  report: ImportPreview['areas'];
  problems: MappingProblem[];
}

/**
 * Matches the file's areas (or the one fixed area) to the register: a code the mapping names
 * explicitly first, else the source code in its common forms (see area-codes.ts). Unknown codes
 * are listed, and must be mapped or skipped; two source areas leading to one register area are
 * refused, since their cells would overwrite each other.
 */
export async function planAreas(
  db: Db,
  dims: readonly SourceDimension[],
  areaDim: number,
  mapping: ImportMapping['area'],
): Promise<AreaPlan> {
  const problems: MappingProblem[] = [];
  const report: AreaPlan['report'] = { matched: [], unknown: [], skipped: [], classification: 'unknown' };
  const source = areaDim >= 0 ? dims[areaDim]!.categories : [];
  const explicitOf = (code: string) => (Object.hasOwn(mapping.codes, code) ? mapping.codes[code] : undefined);

  // One query for every code the mapping or the file may mean.
  const wanted = new Set<string>();
  if (mapping.fixed) areaCodeCandidates(mapping.fixed).forEach((c) => wanted.add(c));
  for (const c of source) {
    const explicit = explicitOf(c.code);
    if (explicit) wanted.add(explicit);
    else if (explicit === undefined) areaCodeCandidates(c.code).forEach((x) => wanted.add(x));
  }
  const register = await findAreasByCode(db, [...wanted]);
  const candidateIn = (code: string) => areaCodeCandidates(code).map((x) => register.get(x)).find((x) => x !== undefined);

  // Figures of one classification under areas of another are refused unless confirmed.
  const classification = areaDim >= 0 ? classifyAreaDimension(dims[areaDim]!) : 'unknown';
  report.classification = classification;
  const crossed: string[] = [];
  const areas: AreaTarget[] = [];
  const areaIndex = new Map<string, number>();
  const firstSource = new Map<string, string>();
  const duplicates: string[] = [];
  const targetOf = (area: AreaTarget, sourceCode: string): number => {
    if (!fitsClassification(classification, area.kind)) crossed.push(`${sourceCode} → ${area.code}`);
    const seen = firstSource.get(area.id);
    if (seen !== undefined) duplicates.push(`${seen} + ${sourceCode} → ${area.code}`);
    else firstSource.set(area.id, sourceCode);
    let i = areaIndex.get(area.id);
    if (i === undefined) {
      i = areas.push(area) - 1;
      areaIndex.set(area.id, i);
    }
    return i;
  };

  let target: Int32Array | undefined;
  if (areaDim >= 0) {
    target = new Int32Array(source.length).fill(-1);
    const map = target;
    source.forEach((c, i) => {
      const explicit = explicitOf(c.code);
      if (explicit === null) {
        report.skipped.push(c.code);
        return;
      }
      if (explicit !== undefined) {
        const found = register.get(explicit);
        if (!found) problems.push(problem(`area.codes.${c.code}`, 'unknownArea', `No area in the register has the code "${explicit}"`, [explicit]));
        else {
          map[i] = targetOf(found, c.code);
          report.matched.push({ source: c.code, code: found.code, name: found.name });
        }
        return;
      }
      const found = candidateIn(c.code);
      if (found) {
        map[i] = targetOf(found, c.code);
        report.matched.push({ source: c.code, code: found.code, name: found.name });
      } else if (mapping.skipUnknown) report.skipped.push(c.code);
      else report.unknown.push({ source: c.code, label: c.label });
    });
    if (report.unknown.length > 0) {
      const codes = report.unknown.map((u) => u.source);
      problems.push(
        problem(
          'area.codes',
          'unknownAreas',
          `${codes.length} area code(s) are not in the register: map them to an area, skip them, or choose to skip unknown areas`,
          codes,
        ),
      );
    }
  } else if (mapping.fixed) {
    const found = candidateIn(mapping.fixed);
    if (found) {
      targetOf(found, mapping.fixed);
      report.matched.push({ source: mapping.fixed, code: found.code, name: found.name });
    } else problems.push(problem('area.fixed', 'unknownArea', `No area in the register has the code "${mapping.fixed}"`, [mapping.fixed]));
  }
  if (crossed.length > 0 && !mapping.acrossClassifications) {
    problems.push(
      problem(
        'area.codes',
        'crossClassification',
        `The file's areas are ${classification.replace('_', ' ')}s; ${crossed.length} of them would be imported under register areas of another kind: map them to areas of their own kind, skip them, or confirm the mapping across classifications`,
        crossed,
      ),
    );
  }
  if (duplicates.length > 0) {
    problems.push(problem('area.codes', 'duplicateArea', 'Several source areas lead to the same area: skip all but one', duplicates));
  }
  return { target, areas, report, problems };
}
