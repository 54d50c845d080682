/**
 * `npm run bench -- governance-pdf`: the minutes of a long meeting as an accessible PDF. A
 * meeting of 30 agenda items, each with a case paper, a proposed decision and a decision of a
 * few paragraphs, every third with votes, every fifth with a conflict of interest and a deputy,
 * every fourth with follow-up actions, one exempt case; twelve members present, two absent.
 * Measures:
 *
 * - `minutes.first_render.ms`: the first render in the process (the fonts are read then);
 * - `minutes.spec.ms`: building the document model from the meeting (median);
 * - `minutes.render.ms`: `renderPdf` of that model (median) and its 10th percentile;
 * - `minutes.pages`, `minutes.kb`: what came out.
 *
 * PDFKit renders synchronously: the render time is time the event loop is held.
 */
import os from 'node:os';
import type { AgendaItem } from '../src/shared/contracts/governance-meetings';
import { minutesSpec } from '../src/server/features/governance/documents/minutes-pdf';
import { renderPdf } from '../src/server/pdf/pdf-render';
import { aCase, aMeetingDetail, anAttendee, anExemptCase, anItem } from '../src/server/testing/governance-documents';

const ITEMS = 30;
const RUNS = 20;

const PARAGRAPH =
  'Programmet har i perioden fulgt opp tiltakene for barn og unge i bydelene, i samarbeid med skolene, helsestasjonene og fritidsklubbene. ' +
  'Sekretariatet har samlet innspill fra partene og vurdert dem opp mot målene i handlingsplanen, og legger her fram sin vurdering med forslag til vedtak.';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function item(n: number): AgendaItem {
  const text = (what: string) => ({ nb: `${what} ${n}. ${PARAGRAPH}\n\n${PARAGRAPH}` });
  const base = anItem(n, {
    number: `${n}/2026`,
    case: n === 7 ? anExemptCase() : aCase({ title: { nb: `Sak om tiltak nummer ${n} for barn og unge i bydelen` }, paper: text('Saksframlegg'), proposedDecision: text('Forslag') }),
    outcome: n % 6 === 0 ? 'adopted_as_amended' : 'adopted',
    decisionText: text('Vedtak'),
  });
  if (n % 3 === 0) base.votes = Array.from({ length: 12 }, (_, i) => ({ membershipId: uuid(i), name: `Medlem ${i + 1}`, vote: i < 9 ? 'for' : i < 11 ? 'against' : 'abstain' }));
  if (n % 5 === 0) {
    base.conflicts = [{ id: uuid(100 + n), itemId: base.id, membershipId: uuid(3), memberName: 'Medlem 4', reason: 'Styremedlem i søkerorganisasjonen', declaredAt: '2026-06-01T10:00:00.000Z', ruling: 'disqualified', deputy: { membershipId: uuid(40), name: 'Vara for medlem 4' } }];
  }
  if (n % 4 === 0) {
    base.actions = [1, 2].map((k) => ({
      id: uuid(200 + n * 2 + k),
      itemId: base.id,
      meetingId: uuid(1),
      caseNumber: base.number,
      body: base.case.body,
      description: { nb: `Oppfølging ${k} av sak ${n}: rapporter tilbake til styringsgruppa` },
      responsiblePerson: { id: uuid(300), name: 'Sara Sekretær' },
      responsibleOrganisation: null,
      dueDate: '2026-09-01',
      status: 'open' as const,
      isOverdue: false,
      reportedCaseId: null,
    }));
  }
  return base;
}

async function run(): Promise<Record<string, number>> {
  const detail = aMeetingDetail({
    items: Array.from({ length: ITEMS }, (_, i) => item(i + 1)),
    attendance: [
      ...Array.from({ length: 12 }, (_, i) => anAttendee(`Medlem ${i + 1}`, { role: i === 0 ? 'chair' : 'member' })),
      anAttendee('Medlem 13', { status: 'absent_notified' }),
      anAttendee('Medlem 14', { status: 'absent' }),
    ],
  });
  let started = performance.now();
  const first = await renderPdf(minutesSpec(detail, 'nb'));
  const firstMs = performance.now() - started;

  const specTimes: number[] = [];
  const renderTimes: number[] = [];
  let bytes = first;
  for (let r = 0; r < RUNS; r++) {
    started = performance.now();
    const spec = minutesSpec(detail, 'nb');
    specTimes.push(performance.now() - started);
    started = performance.now();
    bytes = await renderPdf(spec);
    renderTimes.push(performance.now() - started);
  }
  const pages = bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  return {
    'minutes.items': ITEMS,
    'minutes.first_render.ms': round(firstMs),
    'minutes.spec.ms': round(median(specTimes), 2),
    'minutes.render.ms': round(median(renderTimes)),
    'minutes.render.p10_ms': round([...renderTimes].sort((a, b) => a - b)[Math.floor(RUNS / 10)]!),
    'minutes.pages': pages,
    'minutes.kb': round(bytes.length / 1024),
    'machine.load_avg_1m': round(os.loadavg()[0]!),
  };
}

export const benchmark = { name: 'governance-pdf', run };
