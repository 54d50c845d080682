import type { AgendaItem, Conflict, FollowUpAction } from '../../../../shared/contracts/governance-meetings';
import { pickText, type Locale } from '../../../../shared/domain/localized';
import { VOTES } from '../../../../shared/domain/governance';
import type { TFunction } from '../../../../shared/i18n/translator';
import type { PdfBlock, PdfListItem } from '../../../pdf/pdf-model';
import { caseTitle, localText, longDate, paragraphs } from './document-words';

/**
 * One agenda item in a document: its heading, and under it (a level deeper) what the minutes or
 * the notice say of it. An exempt case seen from outside the body (`restricted`) shows its
 * number, public title and legal basis only, whatever else the item carries.
 */

export type ItemMode = 'minutes' | 'notice';

function conflictItem(conflict: Conflict, t: TFunction): PdfListItem {
  const name = conflict.memberName;
  const declared = t('governanceDocuments.pdf.conflict.declared', { name, reason: conflict.reason });
  let ruling: string;
  if (conflict.ruling === 'disqualified') {
    ruling = conflict.deputy
      ? t('governanceDocuments.pdf.conflict.disqualifiedDeputy', { name, deputy: conflict.deputy.name })
      : t('governanceDocuments.pdf.conflict.disqualified', { name });
  } else if (conflict.ruling === 'not_disqualified') {
    ruling = t('governanceDocuments.pdf.conflict.notDisqualified', { name });
  } else {
    ruling = t('governanceDocuments.pdf.conflict.pending');
  }
  return { text: `${declared} ${ruling}` };
}

function actionItem(action: FollowUpAction, locale: Locale, t: TFunction): PdfListItem {
  const parts = [pickText(action.description, locale).text];
  const responsible = [action.responsiblePerson?.name, action.responsibleOrganisation?.name].filter(Boolean).join(', ');
  if (responsible) parts.push(t('governanceDocuments.pdf.action.responsible', { name: responsible }));
  if (action.dueDate) parts.push(t('governanceDocuments.pdf.action.due', { date: longDate(`${action.dueDate}T12:00:00Z`, locale) }));
  parts.push(t('governanceDocuments.pdf.action.status', { status: t(`governanceDocuments.actionStatus.${action.status}`) }));
  return { text: parts.join('; ') };
}

function voteItems(item: AgendaItem, t: TFunction): PdfListItem[] {
  const votes = item.votes ?? [];
  return VOTES.map((vote) => ({ vote, names: votes.filter((v) => v.vote === vote).map((v) => v.name) }))
    .filter((v) => v.names.length > 0)
    .map((v) => ({ text: t('governanceDocuments.pdf.item.voteLine', { vote: t(`governanceDocuments.vote.${v.vote}`), count: v.names.length, names: v.names.join(', ') }) }));
}

/** The sections of an item under its heading, their headings at `level`. */
export function itemSections(item: AgendaItem, locale: Locale, t: TFunction, mode: ItemMode, level: 2 | 3): PdfBlock[] {
  const { case: c } = item;
  if (c.restricted) return [{ kind: 'paragraph', text: t('governanceDocuments.exempt', { basis: c.exemptionBasis ?? '' }) }];
  const blocks: PdfBlock[] = [];
  const heading = (text: string): PdfBlock => ({ kind: 'heading', level, text });
  if (c.isExempt) blocks.push({ kind: 'paragraph', style: 'note', text: t('governanceDocuments.pdf.item.exemptNote', { basis: c.exemptionBasis ?? '' }) });
  const facts = [{ term: t('governanceDocuments.pdf.item.type'), value: t(`governanceDocuments.caseType.${c.type}`) }];
  const internal = localText(c.internalTitle, locale);
  if (c.isExempt && internal) facts.push({ term: t('governanceDocuments.pdf.item.internalTitle'), value: internal });
  if (mode === 'minutes') facts.push({ term: t('governanceDocuments.pdf.item.outcome'), value: item.outcome ? t(`governanceDocuments.outcome.${item.outcome}`) : t('governanceDocuments.pdf.item.notDecided') });
  blocks.push({ kind: 'facts', items: facts });

  const paper = paragraphs(localText(c.paper, locale));
  if (mode === 'notice' && paper.length > 0) blocks.push(heading(t('governanceDocuments.pdf.item.paper')), ...paper);
  if (mode === 'minutes' && item.conflicts.length > 0) {
    blocks.push(heading(t('governanceDocuments.pdf.item.conflicts')), { kind: 'list', items: item.conflicts.map((x) => conflictItem(x, t)) });
  }
  const proposal = paragraphs(localText(c.proposedDecision, locale));
  if (proposal.length > 0) blocks.push(heading(t('governanceDocuments.pdf.item.proposal')), ...proposal);
  if (mode === 'notice') return blocks;

  if (item.outcome) {
    const decision = paragraphs(localText(item.decisionText, locale));
    const forwarded: PdfBlock[] = item.forwardedTo ? [{ kind: 'paragraph', text: t('governanceDocuments.pdf.item.forwardedTo', { body: pickText(item.forwardedTo.name, locale).text }) }] : [];
    if (decision.length > 0 || forwarded.length > 0) blocks.push(heading(t('governanceDocuments.pdf.item.decision')), ...decision, ...forwarded);
  }
  const votes = voteItems(item, t);
  if (votes.length > 0) blocks.push(heading(t('governanceDocuments.pdf.item.votes')), { kind: 'list', items: votes });
  if (item.actions.length > 0) blocks.push(heading(t('governanceDocuments.pdf.item.actions')), { kind: 'list', items: item.actions.map((a) => actionItem(a, locale, t)) });
  return blocks;
}

/** The item's heading (level 2) and its sections under it (level 3). */
export function itemBlocks(item: AgendaItem, locale: Locale, t: TFunction, mode: ItemMode): PdfBlock[] {
  return [{ kind: 'heading', level: 2, text: caseTitle(item, locale, t) }, ...itemSections(item, locale, t, mode, 3)];
}
