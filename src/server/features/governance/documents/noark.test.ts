import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { aBody, aCase, aMeetingDetail, anAttendee, anExemptCase, anItem } from '../../../testing/governance-documents';
import { NOARK_NAMESPACE, noarkExport } from './noark';

const programme = { id: '0b7a4f61-6a36-4c53-9a07-5b0c2f0c1a01', name: { nb: 'Oppvekst & utdanning <Oslo>' } };
const generatedAt = new Date('2026-12-03T10:00:00.000Z');

const spring = aMeetingDetail({
  meeting: { id: '10000000-0000-4000-8000-000000000001', startsAt: '2026-03-05T16:00:00.000Z', place: 'Rådhuset; rom «Æ» & co' },
  attendance: [anAttendee('Kari Nordmann', { role: 'chair' }), anAttendee('Per Vara', { role: 'personal_deputy', substituteFor: { membershipId: '10000000-0000-4000-8000-000000000099', name: 'Åse' } }), anAttendee('Nils Borte', { status: 'absent' })],
  items: [
    anItem(1, {
      id: '20000000-0000-4000-8000-000000000001',
      number: '1/2026',
      case: aCase({ title: { nb: 'Budsjett <2026> & “plan”' }, proposedDecision: { nb: 'Forslag: vedta.' } }),
      outcome: 'adopted',
      decisionText: { nb: 'Vedtatt med tekst\u0000 som har æøå og <tegn> & mer' },
      decidedAt: '2026-03-05T17:00:00.000Z',
    }),
    anItem(2, {
      id: '20000000-0000-4000-8000-000000000002',
      number: '2/2026',
      case: anExemptCase({ title: { nb: 'Personalsak' }, exemptionBasis: 'offl. § 13 jf. fvl. § 13', internalTitle: { nb: 'HEMMELIG intern tittel' }, proposedDecision: { nb: 'HEMMELIG forslag' }, restricted: false }),
      outcome: 'adopted',
      decisionText: { nb: 'HEMMELIG vedtak' },
    }),
  ],
});
const autumn = aMeetingDetail({ meeting: { id: '10000000-0000-4000-8000-000000000002', startsAt: '2026-10-01T16:00:00.000Z', title: { nb: 'Høstmøtet' }, place: null }, items: [anItem(3, { number: '3/2026', outcome: null, decisionText: null })] });
// 23:30 UTC on 31 December 2025 is 00:30 on New Year's Day in Oslo: of 2026.
const newYear = aMeetingDetail({ meeting: { id: '10000000-0000-4000-8000-000000000003', startsAt: '2025-12-31T23:30:00.000Z' }, items: [] });
const lastYear = aMeetingDetail({ meeting: { id: '10000000-0000-4000-8000-000000000004', startsAt: '2025-12-31T21:00:00.000Z' }, items: [] });
const cancelled = aMeetingDetail({ meeting: { id: '10000000-0000-4000-8000-000000000005', startsAt: '2026-05-01T10:00:00.000Z', status: 'cancelled' }, items: [] });

const asArray = new Set(['arkiv.arkivdel.mappe', 'arkiv.arkivdel.mappe.registrering', 'arkiv.arkivdel.mappe.registrering.merknad', 'arkiv.arkivdel.mappe.moetedeltaker']);

interface Registrering {
  '@_xsi:type': string;
  systemID: string;
  registreringsID: string;
  tittel: string;
  offentligTittel: string;
  skjerming?: Record<string, string>;
  merknad?: { merknadstekst: string; merknadstype: string; merknadsdato: string }[];
  moetesakstype: string;
  moeteregistreringsstatus?: string;
}
interface Mappe {
  '@_xsi:type': string;
  systemID: string;
  mappeID: string;
  tittel: string;
  moetenummer: string;
  utvalg: string;
  moetedato: string;
  moetested?: string;
  moetedeltaker?: { moetedeltakerNavn: string; moetedeltakerFunksjon: string }[];
  registrering?: Registrering[];
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (_name, path) => asArray.has(String(path)) }).parse(xml) as {
    arkiv: { '@_xmlns': string; systemID: string; tittel: string; arkivdel: { systemID: string; tittel: string; arkivperiodeStartDato: string; mappe?: Mappe[] } };
  };
  return doc.arkiv;
}

describe('the Noark 5-shaped export', () => {
  const xml = noarkExport({ body: aBody(), programme, year: 2026, meetings: [autumn, lastYear, spring, cancelled, newYear], generatedAt });
  const arkiv = parse(xml);
  const mapper = arkiv.arkivdel.mappe!;

  it('is arkiv › arkivdel › møtemapper in the arkivstruktur namespace', () => {
    expect(arkiv['@_xmlns']).toBe(NOARK_NAMESPACE);
    expect(arkiv.systemID).toBe(programme.id);
    expect(arkiv.tittel).toBe('Oppvekst & utdanning <Oslo>');
    expect(arkiv.arkivdel.tittel).toBe('Styringsgruppa 2026');
    expect(arkiv.arkivdel.arkivperiodeStartDato).toBe('2026-01-01');
  });

  it('holds the year’s meetings on the Oslo clock in time order, numbered, cancelled ones left out', () => {
    expect(mapper.map((m) => m.systemID)).toEqual(['10000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002']);
    expect(mapper.map((m) => [m.mappeID, m.moetenummer, m.moetedato])).toEqual([
      ['2026/1', '1', '2026-01-01'],
      ['2026/2', '2', '2026-03-05'],
      ['2026/3', '3', '2026-10-01'],
    ]);
    expect(mapper.every((m) => m['@_xsi:type'] === 'moetemappe' && m.utvalg === 'Styringsgruppa')).toBe(true);
    expect(mapper[1]!.tittel).toBe('Møte i Styringsgruppa 2026-03-05');
    expect(mapper[2]!.tittel).toBe('Høstmøtet');
    expect(mapper[2]!.moetested).toBeUndefined();
  });

  it('writes the members present and the deputy’s seat', () => {
    expect(mapper[1]!.moetedeltaker).toEqual([
      { moetedeltakerNavn: 'Kari Nordmann', moetedeltakerFunksjon: 'Leder' },
      { moetedeltakerNavn: 'Per Vara', moetedeltakerFunksjon: 'Personlig vara, Møtte for Åse' },
    ]);
  });

  it('writes each agenda item as a møteregistrering with its number, title, outcome and decision', () => {
    const [first] = mapper[1]!.registrering!;
    expect(first).toMatchObject({
      '@_xsi:type': 'moeteregistrering',
      systemID: '20000000-0000-4000-8000-000000000001',
      registreringsID: '1/2026',
      tittel: 'Budsjett <2026> & “plan”',
      offentligTittel: 'Budsjett <2026> & “plan”',
      moetesakstype: 'Vedtakssak',
      moeteregistreringsstatus: 'Vedtatt',
    });
    expect(first!.skjerming).toBeUndefined();
    expect(first!.merknad).toEqual([
      { merknadstekst: 'Forslag: vedta.', merknadstype: 'Forslag til vedtak', merknadsdato: '2026-03-05' },
      { merknadstekst: 'Vedtatt med tekst som har æøå og <tegn> & mer', merknadstype: 'Vedtak', merknadsdato: '2026-03-05' },
    ]);
    const undecided = mapper[2]!.registrering![0]!;
    expect(undecided.moeteregistreringsstatus).toBeUndefined();
    expect(undecided.merknad).toHaveLength(1);
  });

  it('screens an exempt case: its skjerming with the legal basis, the public title, none of its texts', () => {
    const exempt = mapper[1]!.registrering![1]!;
    expect(exempt.skjerming).toEqual({ tilgangsrestriksjon: 'U', skjermingshjemmel: 'offl. § 13 jf. fvl. § 13', skjermingMetadata: 'Tittel', skjermingDokument: 'Hele dokumentet' });
    expect(exempt.tittel).toBe('Personalsak');
    expect(exempt.offentligTittel).toBe('Personalsak');
    expect(exempt.merknad).toBeUndefined();
    expect(xml).not.toContain('HEMMELIG');
  });

  it('drops what XML cannot hold and escapes the rest', () => {
    expect(xml).not.toContain('\u0000');
    expect(xml).toContain('Budsjett &lt;2026&gt; &amp; “plan”');
    expect(mapper[1]!.moetested).toBe('Rådhuset; rom «Æ» & co');
  });

  it('is an empty arkivdel for a year without meetings', () => {
    const empty = parse(noarkExport({ body: aBody(), programme, year: 2030, meetings: [spring], generatedAt }));
    expect(empty.arkivdel.mappe).toBeUndefined();
  });
});
