import { Heading, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { Membership } from '../../../../shared/contracts/governance-bodies';
import type { AgendaItem, Effect, MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { meetingReached } from '../../../../shared/domain/governance';
import { AppLink } from '../../../components/AppLink';
import { LocalizedInline, LocalizedParagraphs } from '../../../components/LocalizedText';
import { ActionsPanel } from './ActionsPanel';
import { ConflictsPanel } from './ConflictsPanel';
import { DecisionForm } from './DecisionForm';

/** One agenda item: the case, conflicts of interest, the decision and what it changed, follow-up. */
export function ItemPanel({ item, detail, members }: { item: AgendaItem; detail: MeetingDetail; members: readonly Membership[] }) {
  const { t } = useTranslation();
  const manage = detail.access.canManage;
  const held = meetingReached(detail.meeting.status, 'held');
  const approved = meetingReached(detail.meeting.status, 'minutes_approved');
  const headingId = `item-${item.id}-heading`;
  return (
    <article className="gov-card stack-sm" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('governanceAdmin.caseNumber', { number: item.number })}: <LocalizedInline text={item.case.internalTitle ?? item.case.title} />
      </Heading>
      <div className="tags">
        <Tag data-size="sm" data-color="neutral">
          {t(`governanceAdmin.caseType.${item.case.type}`)}
        </Tag>
        {item.outcome ? (
          <Tag data-size="sm" data-color="success">
            {t(`governanceAdmin.outcome.${item.outcome}`)}
          </Tag>
        ) : null}
      </div>
      {item.case.proposedDecision?.nb && !item.outcome ? (
        <div className="stack-sm">
          <Heading level={4} data-size="2xs">
            {t('governanceAdmin.case.proposedDecision')}
          </Heading>
          <LocalizedParagraphs text={item.case.proposedDecision} />
        </div>
      ) : null}
      <ConflictsPanel item={item} detail={detail} members={members} />
      {item.outcome ? (
        <div className="stack-sm">
          <Heading level={4} data-size="2xs">
            {t('governanceAdmin.decision.title')}
          </Heading>
          {item.decisionText?.nb ? <LocalizedParagraphs text={item.decisionText} /> : null}
          <EffectList effects={item.case.effects} />
        </div>
      ) : null}
      {manage && held && !approved ? <DecisionForm item={item} detail={detail} members={members} /> : null}
      {manage && item.outcome ? <ActionsPanel item={item} /> : null}
    </article>
  );
}

/** The effects a decision applied, each linking to what it changed. */

/** Where an applied effect's target is kept: the action programme, the project a grant created or changed, or the body. */
function effectLink(e: Effect): string {
  if (e.target.actionProgrammeId) return `/admin/handlingsprogram/${e.target.actionProgrammeId}`;
  if (e.kind === 'decide_application' || e.kind === 'decide_project_change') return e.target.projectId ? `/admin/prosjekter/${e.target.projectId}` : '/admin';
  return `/admin/styringsorgan/${e.target.bodyId}${e.kind === 'adopt_mandate_version' ? '#body-mandate' : ''}`;
}

function EffectList({ effects }: { effects: readonly Effect[] }) {
  const { t } = useTranslation();
  const applied = effects.filter((e) => e.appliedAt !== null);
  if (applied.length === 0) return null;
  return (
    <ul className="plain-list stack-sm">
      {applied.map((e) => (
        <li key={e.id}>
          <AppLink to={effectLink(e)}>
            {t(`governanceAdmin.effectApplied.${e.kind}`, { version: e.target.version ?? '' })} <LocalizedInline text={e.target.name} />
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
