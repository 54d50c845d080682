import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { AreaProfile } from '../../../shared/contracts/profiles';
import type { Direction } from '../../../shared/domain/progress';
import { atDecimals } from './profiles.compare';
import { buildArea, buildIndicator, buildProgramme, buildSeries, followIndicators } from '../../testing/factories';

/**
 * The profile's rules stated plainly, and the endpoint's answers (the statement picking the
 * latest, previous and reference figures, the service comparing them) checked against them for
 * many generated cases, including halves at the rounding edge, negatives and withheld figures.
 */
type Figure = number | 'suppressed' | 'missing';

const usable = (f: Figure): number | null => (typeof f === 'number' ? f : null);

function expectedComparison(area: Figure, ref: Figure, direction: Direction, decimals: number) {
  const a = usable(area);
  const b = usable(ref);
  if (a === null || b === null || direction === 'neutral') return 'not_comparable';
  const x = atDecimals(a, decimals);
  const y = atDecimals(b, decimals);
  if (x === y) return 'same';
  return x > y === (direction === 'higher_is_better') ? 'better' : 'worse';
}

function expectedChange(latest: Figure, previous: Figure, decimals: number) {
  const a = usable(latest);
  const b = usable(previous);
  if (a === null || b === null) return null;
  const x = atDecimals(a, decimals);
  const y = atDecimals(b, decimals);
  return x === y ? 'flat' : x > y ? 'up' : 'down';
}

const value = fc.oneof(
  fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(6.8, 6.84, 6.85, 6.849999999, 0.05, 0.15, -2.5, 2.5, 1.005, 0, -0.05, 70.04),
);
const figure: fc.Arbitrary<Figure> = fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: fc.constantFrom<Figure>('suppressed', 'missing') });
const testCase = fc.record({
  direction: fc.constantFrom<Direction>('higher_is_better', 'lower_is_better', 'neutral'),
  decimals: fc.integer({ min: 0, max: 3 }),
  latest: figure,
  previous: figure,
  reference: figure,
});

let t: TestApp;
let areaId: string;
let referenceId: string;

beforeAll(async () => {
  t = await buildTestApp();
  areaId = (await buildArea(t.db, { code: '0301', kind: 'municipality', name: 'Oslo' })).id;
  referenceId = (await buildArea(t.db, { code: 'NO', kind: 'country', name: 'Norge' })).id;
});
afterAll(() => t.close());

async function store(indicatorId: string, area: string, period: string, f: Figure) {
  if (f === 'missing') return;
  await buildSeries(t.db, indicatorId, area, [f === 'suppressed' ? [period, null, 'suppressed', ':'] : [period, f]]);
}

type Case = { direction: Direction; decimals: number; latest: Figure; previous: Figure; reference: Figure };

/** Stores the cases as indicators of one programme, profiles the area and checks every row. */
async function check(cases: Case[]): Promise<void> {
  const programme = await buildProgramme(t.db);
  const ids: string[] = [];
  for (const c of cases) {
    const indicator = await buildIndicator(t.db, { direction: c.direction, decimals: c.decimals });
    ids.push(indicator.id);
    await store(indicator.id, areaId, '2023', c.previous);
    await store(indicator.id, areaId, '2024', c.latest);
    await store(indicator.id, referenceId, '2024', c.reference);
  }
  await followIndicators(t.db, programme.id, { indicators: ids, focus: [], references: [referenceId] });
  const res = await t.app.inject({ method: 'GET', url: `/api/programmes/${programme.id}/profile/0301` });
  const profile = AreaProfile.parse(res.json());
  cases.forEach((c, i) => {
    const row = profile.rows[i]!;
    // With no 2024 figure the latest is 2023's, and there is nothing before it. The reference
    // has only 2024: at the same period, or else as its own latest.
    const [latest, previous] = c.latest === 'missing' ? [c.previous, 'missing' as const] : [c.latest, c.previous];
    expect(row.change, JSON.stringify(c)).toBe(expectedChange(latest, previous, c.decimals));
    expect(row.references[0]!.comparison, JSON.stringify(c)).toBe(expectedComparison(latest, c.reference, c.direction, c.decimals));
    if (latest === 'suppressed') expect(row.latest).toMatchObject({ value: null, status: 'suppressed' });
  });
}

describe('profile rules in SQL', () => {
  it('round halves up at the decimals shown, negatives included', async () => {
    const up: Direction = 'higher_is_better';
    await check([
      { direction: up, decimals: 0, latest: 2.5, previous: 2, reference: 3 },
      { direction: up, decimals: 0, latest: 3.5, previous: 4, reference: 4.49 },
      { direction: up, decimals: 0, latest: -2.5, previous: -2, reference: -3 },
      { direction: up, decimals: 1, latest: 0.25, previous: 0.3, reference: 0.2 },
      { direction: up, decimals: 1, latest: 6.84, previous: 6.8, reference: 6.75 },
      { direction: up, decimals: 2, latest: 0.125, previous: 0.13, reference: 0.12 },
      { direction: 'lower_is_better', decimals: 0, latest: 0.5, previous: 1, reference: 1.4 },
    ]);
  });

  it('agree with the rules as stated, for generated figures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(testCase, { minLength: 1, maxLength: 12 }), check),
      { numRuns: 15 },
    );
  });
});
