import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { AgendaItem, CaseStep } from '../../../../shared/contracts/governance-meetings';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LocalizedParagraphs, useLocalized } from '../../../components/LocalizedText';
import { ScrollTable } from '../../../components/ScrollTable';
import { fileSize } from '../../../components/file-size';
import { ExemptNote } from './DecisionList';
import { formatDate, formatDay } from './governance-format';
import { meetingPath } from './governance-parts';
import { governanceLinks } from './governance.queries';

const hasText = (text: { nb: string; nn?: string | null; en?: string | null } | null | undefined) => Boolean(text && (text.nb.trim() || text.nn?.trim() || text.en?.trim()));

/** "Behandlet i arbeidsutvalget sak 4/2026, oversendt styret". */
function Step({ step, slug, current }: { step: CaseStep; slug: string; current: boolean }) {
  const { t } = useTranslation();
  const body = useLocalized(step.body.name);
  const forwarded = useLocalized(step.forwardedTo?.name);
  const handled = t('governancePublic.item.stepHandled', { body: body.text, number: step.number });
  return (
    <li>
      {current ? handled : <AppLink to={`${meetingPath(slug, step.meetingId)}#sak-${step.itemId}`}>{handled}</AppLink>}
      {step.forwardedTo ? `, ${t('governancePublic.item.stepForwarded', { body: forwarded.text })}` : step.outcome ? `: ${t(`governancePublic.outcome.${step.outcome}`).toLocaleLowerCase()}` : ''}
    </li>
  );
}

function Votes({ votes, caption }: { votes: NonNullable<AgendaItem['votes']>; caption: string }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={caption}>
      <Table className="governance-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('governancePublic.members.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governancePublic.item.vote')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {votes.map((v) => (
            <Table.Row key={v.membershipId}>
              <Table.HeaderCell scope="row">{v.name}</Table.HeaderCell>
              <Table.Cell>{t(`governancePublic.vote.${v.vote}`)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

function Actions({ actions }: { actions: AgendaItem['actions'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ul className="plain-list stack-sm">
      {actions.map((a) => (
        <li key={a.id}>
          <ActionText text={a.description} />
          <span className="muted">
            {' – '}
            {[a.responsiblePerson?.name, a.responsibleOrganisation?.name].filter(Boolean).join(', ')}
            {a.dueDate ? ` – ${t('governancePublic.item.due', { date: formatDate(a.dueDate, locale) })}` : ''}
            {` – ${t(`governancePublic.actionStatus.${a.status}`)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

function ActionText({ text }: { text: AgendaItem['actions'][number]['description'] }) {
  const picked = useLocalized(text);
  return <span lang={picked.lang}>{picked.text}</span>;
}

/**
 * One item of the agenda: its number, title and type, the case paper and proposed decision (an
 * exempt case: only number, public title and legal basis), and once decided what came of it.
 */
export function AgendaItemView({ item, slug, showMinutes }: { item: AgendaItem; slug: string; showMinutes: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const c = item.case;
  const title = useLocalized(c.title);
  const internal = useLocalized(c.internalTitle);
  const headingId = `sak-${item.id}-heading`;
  const decided = showMinutes && item.outcome !== null;
  const steps = c.steps.length > 1 ? c.steps : [];
  return (
    <li>
      <article id={`sak-${item.id}`} aria-labelledby={headingId} className="stack-sm governance-item">
        <Heading level={3} data-size="sm" id={headingId}>
          {t('governancePublic.caseNumber', { number: item.number })} <span lang={title.lang}>{title.text}</span>
        </Heading>
        <div className="tags">
          <Tag data-size="sm" data-color="neutral">
            {t(`governancePublic.caseType.${c.type}`)}
          </Tag>
          {c.isExempt ? (
            <Tag data-size="sm" data-color="warning">
              {t('governancePublic.exempt.tag')}
            </Tag>
          ) : null}
        </div>
        {c.isExempt ? <ExemptNote basis={c.exemptionBasis} /> : null}
        {!c.restricted && c.isExempt && c.internalTitle ? (
          <Paragraph>
            {t('governancePublic.item.internalTitle')}: <span lang={internal.lang}>{internal.text}</span>
          </Paragraph>
        ) : null}
        {!c.restricted && hasText(c.paper) ? (
          <section aria-labelledby={`${headingId}-paper`} className="stack-sm">
            <Heading level={4} data-size="xs" id={`${headingId}-paper`}>
              {t('governancePublic.item.paper')}
            </Heading>
            <LocalizedParagraphs text={c.paper} />
          </section>
        ) : null}
        {!c.restricted && hasText(c.proposedDecision) ? (
          <section aria-labelledby={`${headingId}-proposal`} className="stack-sm">
            <Heading level={4} data-size="xs" id={`${headingId}-proposal`}>
              {t('governancePublic.item.proposedDecision')}
            </Heading>
            <LocalizedParagraphs text={c.proposedDecision} />
          </section>
        ) : null}
        {!c.restricted && c.attachments.length > 0 ? (
          <section aria-labelledby={`${headingId}-attachments`} className="stack-sm">
            <Heading level={4} data-size="xs" id={`${headingId}-attachments`}>
              {t('governancePublic.item.attachments')}
            </Heading>
            <ul className="plain-list stack-xs">
              {c.attachments.map((a) => (
                <li key={a.id}>
                  <a className="ds-link" href={governanceLinks.attachment(a.id)}>
                    {a.name}
                  </a>{' '}
                  <span className="muted">({fileSize(a.size, locale)})</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {showMinutes && item.conflicts.length > 0 ? (
          <section aria-labelledby={`${headingId}-conflicts`} className="stack-sm">
            <Heading level={4} data-size="xs" id={`${headingId}-conflicts`}>
              {t('governancePublic.item.conflicts')}
            </Heading>
            <ul className="plain-list stack-sm">
              {item.conflicts.map((cf) => (
                <li key={cf.id}>
                  {t('governancePublic.item.conflictLine', { name: cf.memberName, reason: cf.reason.trim().replace(/[.!?]+$/, '') })}{' '}
                  <strong>{t(cf.ruling ? `governancePublic.ruling.${cf.ruling}` : 'governancePublic.ruling.pending')}</strong>
                  {cf.deputy ? <> {t('governancePublic.item.conflictDeputy', { name: cf.deputy.name })}</> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {decided ? (
          <section aria-labelledby={`${headingId}-decision`} className="stack-sm governance-decision-box">
            <Heading level={4} data-size="xs" id={`${headingId}-decision`}>
              {t('governancePublic.item.decision')}
            </Heading>
            <Paragraph>
              <strong>{t(`governancePublic.outcome.${item.outcome!}`)}</strong>
              {item.decidedAt ? ` (${formatDay(item.decidedAt, locale)})` : ''}
            </Paragraph>
            {!c.restricted ? <LocalizedParagraphs text={item.decisionText} /> : null}
            {item.votes && item.votes.length > 0 ? <Votes votes={item.votes} caption={t('governancePublic.item.votesCaption', { number: item.number })} /> : null}
          </section>
        ) : null}
        {showMinutes && item.actions.length > 0 ? (
          <section aria-labelledby={`${headingId}-actions`} className="stack-sm">
            <Heading level={4} data-size="xs" id={`${headingId}-actions`}>
              {t('governancePublic.item.actions')}
            </Heading>
            <Actions actions={item.actions} />
          </section>
        ) : null}
        {steps.length > 0 ? (
          <section aria-labelledby={`${headingId}-steps`} className="stack-sm">
            <Heading level={4} data-size="xs" id={`${headingId}-steps`}>
              {t('governancePublic.item.steps')}
            </Heading>
            <ol className="plain-list">
              {steps.map((s) => (
                <Step key={s.itemId} step={s} slug={slug} current={s.itemId === item.id} />
              ))}
            </ol>
          </section>
        ) : null}
        {decided ? (
          <Paragraph data-size="sm">
            <Link href={governanceLinks.excerptPdf(item.id, locale)}>
              {t('governancePublic.item.excerpt', { number: item.number })} <span className="muted">(PDF)</span>
            </Link>
          </Paragraph>
        ) : null}
      </article>
    </li>
  );
}
