import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { renderPdf } from '../../../pdf/pdf-render';
import { aCase, aMeetingDetail, anAttendee, anExemptCase, anItem } from '../../../testing/governance-documents';
import { allText, findRoles, readingOrder, readPdf, type ReadPdf } from '../../../testing/pdf-reader';
import { documentFileName, excerptSpec, minutesSpec, noticeSpec } from './minutes-pdf';

const SECRET = 'HEMMELIG: navnet på den ansatte';

/** A restricted case that still carries texts: the documents must not print them even so. */
const exemptItem = anItem(2, {
  number: '2/2026',
  case: anExemptCase({ paper: { nb: `${SECRET} (saksframlegg)` }, proposedDecision: { nb: `${SECRET} (forslag)` }, internalTitle: { nb: `${SECRET} (intern tittel)` } }),
  decisionText: { nb: `${SECRET} (vedtak)` },
  votes: [{ membershipId: '00000000-0000-4000-8000-000000000009', name: 'Ola Nordmann', vote: 'against' }],
});

const detail: MeetingDetail = aMeetingDetail({
  meeting: { startsAt: '2026-06-10T16:00:00.000Z', endsAt: '2026-06-10T18:30:00.000Z', place: 'Rådhuset, møterom 1', minutesApprovedBy: 'chair', minutesApprovedAt: '2026-06-14T22:30:00.000Z' },
  attendance: [
    anAttendee('Kari Nordmann', { role: 'chair', organisation: { id: '00000000-0000-4000-8000-000000000001', name: 'Oslo kommune' } }),
    anAttendee('Per Vara', { role: 'personal_deputy', substituteFor: { membershipId: '00000000-0000-4000-8000-000000000002', name: 'Åse Fravær' }, organisation: { id: '00000000-0000-4000-8000-000000000003', name: 'Bydel Sagene' } }),
    anAttendee('Åse Fravær', { status: 'absent_notified' }),
    anAttendee('Nils Borte', { status: 'absent', organisation: null }),
  ],
  items: [
    anItem(1, { number: '1/2026', case: aCase({ type: 'minutes_approval', title: { nb: 'Godkjenning av protokoll', en: 'Approval of the minutes' }, paper: null, proposedDecision: null }), outcome: 'adopted', decisionText: { nb: 'Protokollen godkjennes.' } }),
    exemptItem,
    anItem(3, {
      number: '3/2026',
      case: aCase({ title: { nb: 'Tilskudd til fritidsklubb', en: 'Grant to a youth club' }, paper: { nb: 'Klubben søker om støtte.\n\nSøknaden er god.' }, proposedDecision: { nb: 'Klubben får 200 000 kroner.' } }),
      outcome: 'adopted_as_amended',
      decisionText: { nb: 'Klubben får 150 000 kroner.' },
      votes: [
        { membershipId: '00000000-0000-4000-8000-000000000011', name: 'Kari Nordmann', vote: 'for' },
        { membershipId: '00000000-0000-4000-8000-000000000012', name: 'Per Vara', vote: 'for' },
        { membershipId: '00000000-0000-4000-8000-000000000013', name: 'Lise Lund', vote: 'against' },
      ],
      conflicts: [
        {
          id: '00000000-0000-4000-8000-000000000021',
          itemId: '00000000-0000-4000-8000-000000000022',
          membershipId: '00000000-0000-4000-8000-000000000023',
          memberName: 'Ola Nordmann',
          reason: 'Styreleder i klubben',
          declaredAt: '2026-06-01T10:00:00.000Z',
          ruling: 'disqualified',
          deputy: { membershipId: '00000000-0000-4000-8000-000000000024', name: 'Vera Varamedlem' },
        },
      ],
      actions: [
        {
          id: '00000000-0000-4000-8000-000000000031',
          itemId: '00000000-0000-4000-8000-000000000032',
          meetingId: '00000000-0000-4000-8000-000000000033',
          caseNumber: '3/2026',
          body: aMeetingDetail().meeting.body,
          description: { nb: 'Sekretariatet betaler ut tilskuddet' },
          responsiblePerson: { id: '00000000-0000-4000-8000-000000000034', name: 'Sara Sekretær' },
          responsibleOrganisation: null,
          dueDate: '2026-08-01',
          status: 'open',
          isOverdue: false,
          reportedCaseId: null,
        },
      ],
    }),
  ],
});

const headings = (pdf: ReadPdf) => readingOrder(pdf).filter((line) => /^H\d:/.test(line));
const text = (pdf: ReadPdf) => pdf.pages.map((p) => p.text).join(' ');

describe('the minutes as PDF', () => {
  let bytes: Buffer;
  let pdf: ReadPdf;
  beforeAll(async () => {
    bytes = await renderPdf(minutesSpec(detail, 'nb'));
    pdf = await readPdf(bytes);
  });

  it('is a tagged PDF in the reader’s language with its title', () => {
    expect(bytes.toString('latin1')).toContain('/Marked true');
    expect(pdf.lang).toBe('nb-NO');
    expect(pdf.title).toBe('Protokoll – Styringsgruppa, 10. juni 2026');
    expect(pdf.displayDocTitle).toBe(true);
    expect(pdf.pages.every((p) => p.untaggedText === '')).toBe(true);
  });

  it('has its headings in order: the meeting, attendance, then each item with its sections', () => {
    expect(headings(pdf)).toEqual([
      'H1: Protokoll fra møte i Styringsgruppa',
      'H2: Til stede',
      'H2: Forfall',
      'H2: Sak 1/2026: Godkjenning av protokoll',
      'H3: Vedtak',
      'H2: Sak 2/2026: Personalsak',
      'H2: Sak 3/2026: Tilskudd til fritidsklubb',
      'H3: Habilitet',
      'H3: Forslag til vedtak',
      'H3: Vedtak',
      'H3: Avstemning',
      'H3: Oppfølging',
    ]);
  });

  it('states the time and place in Oslo and how the minutes were approved', () => {
    const all = text(pdf);
    expect(all).toContain('10. juni 2026 kl. 18:00–20:30');
    expect(all).toContain('Rådhuset, møterom 1');
    // 00:30 on 15 June in Oslo, still the 14th in UTC.
    expect(all).toContain('Godkjent av møteleder 15. juni 2026');
  });

  it('lists who was present, for whom a deputy met, and who was absent', () => {
    const table = findRoles(pdf.structure[0]!, 'Table')[0]!;
    const rows = findRoles(table, 'TR').map(allText);
    expect(rows).toEqual(['Navn For Rolle', 'Kari Nordmann Oslo kommune Leder', 'Per Vara Bydel Sagene Personlig vara Møtte for Åse Fravær']);
    const all = text(pdf);
    expect(all).toContain('Åse Fravær (Oslo kommune), meldt forfall');
    expect(all).toContain('Nils Borte, møtte ikke');
  });

  it('gives each item its conflicts and ruling, proposal, outcome, decision, votes and follow-up', () => {
    const all = text(pdf);
    expect(all).toContain('Ola Nordmann tok opp sin habilitet: Styreleder i klubben Ola Nordmann ble erklært inhabil og fratrådte under behandlingen. Vera Varamedlem tiltrådte.');
    expect(all).toContain('Klubben får 200 000 kroner.');
    expect(all).toContain('Vedtatt med endringer');
    expect(all).toContain('Klubben får 150 000 kroner.');
    expect(all).toContain('For (2): Kari Nordmann, Per Vara');
    expect(all).toContain('Mot (1): Lise Lund');
    expect(all).toContain('Sekretariatet betaler ut tilskuddet; ansvarlig: Sara Sekretær; frist 1. august 2026; status: Ikke startet');
  });

  it('shows an exempt item as number, public title and legal basis, and none of its text', () => {
    const all = text(pdf);
    expect(all).toContain('Sak 2/2026: Personalsak');
    expect(all).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13');
    expect(all).not.toContain('HEMMELIG');
    expect(all).not.toContain('Mot (1): Ola Nordmann');
  });

  it('speaks English and nynorsk too', async () => {
    const en = await readPdf(await renderPdf(minutesSpec(detail, 'en')));
    expect(en.lang).toBe('en');
    expect(en.title).toBe('Minutes – Steering group, 10 June 2026');
    expect(headings(en).slice(0, 4)).toEqual(['H1: Minutes of the meeting of Steering group', 'H2: Present', 'H2: Absent', 'H2: Case 1/2026: Approval of the minutes']);
    // A text kept only in bokmål is shown in bokmål.
    expect(text(en)).toContain('Klubben får 150 000 kroner.');
    const nn = await readPdf(await renderPdf(minutesSpec(detail, 'nn')));
    expect(nn.lang).toBe('nn-NO');
    expect(headings(nn)[0]).toBe('H1: Protokoll frå møte i Styringsgruppa');
  });
});

describe('the notice as PDF', () => {
  let pdf: ReadPdf;
  beforeAll(async () => {
    pdf = await readPdf(await renderPdf(noticeSpec(detail, 'nb')));
  });

  it('gives the meeting, the agenda and each case paper with its proposed decision', () => {
    expect(pdf.title).toBe('Møteinnkalling – Styringsgruppa, 10. juni 2026');
    expect(headings(pdf)).toEqual([
      'H1: Møteinnkalling: Styringsgruppa',
      'H2: Saksliste',
      'H2: Sak 1/2026: Godkjenning av protokoll',
      'H2: Sak 2/2026: Personalsak',
      'H2: Sak 3/2026: Tilskudd til fritidsklubb',
      'H3: Saksframlegg',
      'H3: Forslag til vedtak',
    ]);
    const agenda = findRoles(pdf.structure[0]!, 'L').find((list) => allText(list).includes('Sak 1/2026'))!;
    expect(findRoles(agenda, 'LI')).toHaveLength(3);
    expect(allText(agenda)).toMatch(/Sak 1\/2026: Godkjenning av protokoll.*Sak 2\/2026: Personalsak.*Sak 3\/2026: Tilskudd til fritidsklubb/);
    const all = text(pdf);
    expect(all).toContain('Klubben søker om støtte.');
    expect(all).toContain('Søknaden er god.');
    expect(all).toContain('Klubben får 200 000 kroner.');
    expect(all).not.toContain('150 000');
    expect(all).not.toContain('HEMMELIG');
  });
});

describe('the excerpt as PDF', () => {
  it('is one item with the meeting’s facts', async () => {
    const pdf = await readPdf(await renderPdf(excerptSpec(detail, detail.items[2]!.id, 'nb')));
    expect(pdf.title).toBe('Utskrift av sak 3/2026 – Styringsgruppa');
    expect(headings(pdf)).toEqual(['H1: Sak 3/2026: Tilskudd til fritidsklubb', 'H2: Habilitet', 'H2: Forslag til vedtak', 'H2: Vedtak', 'H2: Avstemning', 'H2: Oppfølging']);
    const all = text(pdf);
    expect(all).toContain('Utskrift av protokoll fra møte i Styringsgruppa 10. juni 2026.');
    expect(all).toContain('Klubben får 150 000 kroner.');
    expect(all).not.toContain('Godkjenning av protokoll');
  });

  it('of an exempt item holds only its number, public title and basis', async () => {
    const pdf = await readPdf(await renderPdf(excerptSpec(detail, exemptItem.id, 'nb')));
    const all = text(pdf);
    expect(all).toContain('Sak 2/2026: Personalsak');
    expect(all).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13');
    expect(all).not.toContain('HEMMELIG');
  });

  it('is NOT_FOUND for an item not on the meeting', () => {
    expect(() => excerptSpec(detail, '00000000-0000-4000-8000-000000000099', 'nb')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('a member’s copy of an exempt case', () => {
  it('prints the texts with a note that the case is exempt', async () => {
    const memberView = aMeetingDetail({
      items: [anItem(1, { case: aCase({ isExempt: true, exemptionBasis: 'offl. § 13', restricted: false, title: { nb: 'Personalsak' }, internalTitle: { nb: 'Sak om NN' } }), decisionText: { nb: 'Intern vedtakstekst.' } })],
    });
    const all = text(await readPdf(await renderPdf(minutesSpec(memberView, 'nb'))));
    expect(all).toContain('Unntatt offentlighet, offl. § 13. Teksten står her fordi dokumentet er til organets egne medlemmer.');
    expect(all).toContain('Sak om NN');
    expect(all).toContain('Intern vedtakstekst.');
  });
});

describe('the file names', () => {
  it('carry the meeting’s date in Oslo and the case number', () => {
    const late = aMeetingDetail({ meeting: { startsAt: '2026-06-10T22:30:00.000Z' } });
    expect(documentFileName('minutes', late)).toBe('protokoll-2026-06-11.pdf');
    expect(documentFileName('notice', late)).toBe('innkalling-2026-06-11.pdf');
    expect(documentFileName('excerpt', detail, detail.items[2]!.id)).toBe('utskrift-sak-3-2026.pdf');
    expect(() => documentFileName('excerpt', detail, 'nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
