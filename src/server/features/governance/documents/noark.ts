import type { Body } from '../../../../shared/contracts/governance-bodies';
import type { AgendaItem, MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { pickText } from '../../../../shared/domain/localized';
import { serverTranslator } from '../../../i18n/translator';
import { osloDate, osloYear } from '../oslo-time';
import { xmlElement } from '../../../feeds/xml';

/**
 * A body's meetings, cases and decisions of one year as XML shaped like Noark 5's
 * `arkivstruktur.xml`, for the municipality's archive to take in: arkiv › arkivdel › one
 * møtemappe per meeting › one møteregistrering per agenda item. It is a subset written from
 * what Samordna holds, not a certified Noark 5 deposit (no documents, no checksums, no
 * `arkivuttrekk.xml`); docs/noark-export.md lists every element and where it comes from.
 *
 * Exempt cases are written as the public sees them: number, public title and the screening
 * (`skjerming`, with the legal basis), never their texts, which stay in Samordna.
 */

export const NOARK_NAMESPACE = 'http://www.arkivverket.no/standarder/noark5/arkivstruktur';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** Noark's words are Norwegian whatever the reader's language: the archive's own vocabulary. */
const NOARK_WORDS = {
  archiveStatus: 'Opprettet',
  partStatus: 'Aktiv periode',
  restricted: 'U',
  screenedMetadata: 'Tittel',
  screenedDocument: 'Hele dokumentet',
  registrationType: 'Møtesak',
  decisionNote: 'Vedtak',
  proposalNote: 'Forslag til vedtak',
} as const;

export interface NoarkExportInput {
  body: Body;
  programme: { id: string; name: { nb: string; nn?: string | null; en?: string | null } };
  year: number;
  /** The body's meetings, each with its agenda (`getMeeting` for each). */
  meetings: readonly MeetingDetail[];
  generatedAt: Date;
}

function merknad(type: string, text: string, date: string | null, indent: string): string {
  if (!text.trim()) return '';
  return `${indent}<merknad>\n${xmlElement('merknadstekst', text, `${indent}  `)}${xmlElement('merknadstype', type, `${indent}  `)}${xmlElement('merknadsdato', date, `${indent}  `)}${indent}</merknad>\n`;
}

function registrering(item: AgendaItem, meetingDate: string, indent: string): string {
  const { t } = serverTranslator('nb');
  const c = item.case;
  const inner = `${indent}  `;
  const title = c.title.nb;
  let xml = `${indent}<registrering xsi:type="moeteregistrering">\n`;
  xml += xmlElement('systemID', item.id, inner);
  if (c.isExempt) {
    xml += `${inner}<skjerming>\n`;
    xml += xmlElement('tilgangsrestriksjon', NOARK_WORDS.restricted, `${inner}  `);
    xml += xmlElement('skjermingshjemmel', c.exemptionBasis, `${inner}  `);
    xml += xmlElement('skjermingMetadata', NOARK_WORDS.screenedMetadata, `${inner}  `);
    xml += xmlElement('skjermingDokument', NOARK_WORDS.screenedDocument, `${inner}  `);
    xml += `${inner}</skjerming>\n`;
  }
  xml += xmlElement('registreringsID', item.number, inner);
  xml += xmlElement('tittel', title, inner);
  xml += xmlElement('offentligTittel', title, inner);
  if (!c.isExempt && !c.restricted) {
    const decidedOn = item.decidedAt ? osloDate(item.decidedAt) : meetingDate;
    xml += merknad(NOARK_WORDS.proposalNote, c.proposedDecision?.nb ?? '', meetingDate, inner);
    if (item.outcome) xml += merknad(NOARK_WORDS.decisionNote, item.decisionText?.nb ?? '', decidedOn, inner);
  }
  xml += xmlElement('moeteregistreringstype', NOARK_WORDS.registrationType, inner);
  xml += xmlElement('moetesakstype', t(`governanceDocuments.caseType.${c.type}`), inner);
  xml += xmlElement('moeteregistreringsstatus', item.outcome ? t(`governanceDocuments.outcome.${item.outcome}`) : null, inner);
  xml += `${indent}</registrering>\n`;
  return xml;
}

function mappe(detail: MeetingDetail, number: number, year: number, indent: string): string {
  const { t } = serverTranslator('nb');
  const { meeting } = detail;
  const body = meeting.body.name.nb;
  const date = osloDate(meeting.startsAt);
  const inner = `${indent}  `;
  let xml = `${indent}<mappe xsi:type="moetemappe">\n`;
  xml += xmlElement('systemID', meeting.id, inner);
  xml += xmlElement('mappeID', `${year}/${number}`, inner);
  xml += xmlElement('tittel', meeting.title?.nb ?? t('governanceDocuments.noark.meetingTitle', { body, date }), inner);
  xml += xmlElement('moetenummer', String(number), inner);
  xml += xmlElement('utvalg', body, inner);
  xml += xmlElement('moetedato', date, inner);
  xml += xmlElement('moetested', meeting.place, inner);
  xml += xmlElement('referanseForrigeMoete', detail.previousMeetingId, inner);
  xml += xmlElement('referanseNesteMoete', detail.nextMeetingId, inner);
  for (const a of detail.attendance.filter((x) => x.status === 'present')) {
    const role = t(`governanceDocuments.role.${a.role}`);
    const funksjon = a.substituteFor ? `${role}, ${t('governanceDocuments.pdf.attendance.substitute', { name: a.substituteFor.name })}` : role;
    xml += `${inner}<moetedeltaker>\n${xmlElement('moetedeltakerNavn', a.name, `${inner}  `)}${xmlElement('moetedeltakerFunksjon', funksjon, `${inner}  `)}${inner}</moetedeltaker>\n`;
  }
  xml += detail.items.map((item) => registrering(item, date, inner)).join('');
  xml += `${indent}</mappe>\n`;
  return xml;
}

/**
 * The year's archive of a body as Noark 5-shaped XML (`application/xml; charset=utf-8`): the
 * meetings of that year (on the clock in Oslo) in time order, cancelled ones left out, numbered
 * 1, 2, … as the year's møtenummer. Wire it as
 * `reply.type('application/xml; charset=utf-8').send(noarkExport({ body, programme, year, meetings, generatedAt: new Date() }))`.
 */
export function noarkExport(input: NoarkExportInput): string {
  const { t } = serverTranslator('nb');
  const { body, programme, year } = input;
  const meetings = input.meetings
    .filter((d) => d.meeting.status !== 'cancelled' && osloYear(d.meeting.startsAt) === year)
    .sort((a, b) => Date.parse(a.meeting.startsAt) - Date.parse(b.meeting.startsAt));
  const bodyName = pickText(body.name, 'nb').text;
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
  xml += `<arkiv xmlns="${NOARK_NAMESPACE}" xmlns:xsi="${XSI}">\n`;
  xml += xmlElement('systemID', programme.id, '  ');
  xml += xmlElement('tittel', programme.name.nb, '  ');
  xml += xmlElement('arkivstatus', NOARK_WORDS.archiveStatus, '  ');
  xml += xmlElement('opprettetDato', input.generatedAt.toISOString(), '  ');
  xml += '  <arkivdel>\n';
  xml += xmlElement('systemID', `${body.id}-${year}`, '    ');
  xml += xmlElement('tittel', t('governanceDocuments.noark.partTitle', { body: bodyName, year }), '    ');
  xml += xmlElement('arkivdelstatus', NOARK_WORDS.partStatus, '    ');
  xml += xmlElement('opprettetDato', input.generatedAt.toISOString(), '    ');
  xml += xmlElement('arkivperiodeStartDato', `${year}-01-01`, '    ');
  xml += xmlElement('arkivperiodeSluttDato', `${year}-12-31`, '    ');
  xml += meetings.map((d, i) => mappe(d, i + 1, year, '    ')).join('');
  xml += '  </arkivdel>\n';
  xml += '</arkiv>\n';
  return xml;
}
