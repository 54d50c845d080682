import { useState } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Project } from '../../../../../shared/contracts/projects';
import type { ProjectChangeRequest } from '../../../../../shared/contracts/project-changes';
import { pickText } from '../../../../../shared/domain/localized';
import { useLocale } from '../../../../app/locale-context';
import { useTranslation } from '../../../../app/translation';
import { AppLink } from '../../../../components/AppLink';
import { ActionStatus } from '../../../../components/forms/ActionStatus';
import { Loading } from '../../../../components/Loading';
import { BoardCaseForm } from '../../../governance/admin/BoardCaseForm';
import { RefusalAlert } from '../../../governance/admin/RefusalAlert';
import { formatDate, formatMoney } from '../../portfolio-format';
import type { ChangeProposal } from './change-proposal';
import { ChangeRequestForm } from './ChangeRequestForm';
import { useChangeRequests, useRefreshChanges, useWithdrawChangeRequest } from './project-changes.queries';

const STATUS_COLOR = { pending: 'info', on_agenda: 'info', approved: 'success', rejected: 'danger', withdrawn: 'neutral' } as const;

/**
 * What the board decides of the project: the programme's thresholds, the change requests with
 * where each stands, the form to ask for one (filled from the budget or facts form that passed a
 * threshold), and, for the secretariat, the case that puts a request to a body.
 */
export function ChangeRequestsSection({ project, proposal, onProposalUsed }: { project: Project; proposal: ChangeProposal | null; onProposalUsed(): void }) {
  const { t } = useTranslation();
  const requests = useChangeRequests(project.id);
  const [sent, setSent] = useState<string | null>(null);
  const { percent, months } = project.changeThresholds;
  const rule =
    percent === null && months === null
      ? t('portfolio.changes.noRule')
      : t('portfolio.changes.rule', { percent: percent ?? '–', months: months ?? '–' });
  return (
    <section aria-labelledby="project-changes-heading" className="stack-sm">
      <Heading level={2} data-size="sm" id="project-changes-heading">
        {t('portfolio.changes.heading')}
      </Heading>
      <Paragraph data-size="sm">{project.grantedTotal === null ? t('portfolio.changes.notGranted') : rule}</Paragraph>
      <ActionStatus message={sent} />
      {requests.isPending ? <Loading /> : null}
      {requests.data?.items.length ? (
        <ul className="plain-list stack-sm">
          {requests.data.items.map((r) => (
            <li key={r.id}>
              <ChangeRequestCard project={project} request={r} />
            </li>
          ))}
        </ul>
      ) : null}
      {project.hasPendingChange ? (
        <Paragraph data-size="sm">{t('portfolio.changes.onePending')}</Paragraph>
      ) : (
        <ChangeRequestForm
          // A new proposal from the budget or facts form starts the form afresh with it.
          key={proposal ? JSON.stringify(proposal) : 'blank'}
          project={project}
          proposal={proposal}
          onSent={() => {
            setSent(t('portfolio.changes.sent'));
            onProposalUsed();
          }}
        />
      )}
    </section>
  );
}

function Terms({ project, request }: { project: Project; request: ProjectChangeRequest }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const date = (d: string | null) => (d ? formatDate(d, locale) : '–');
  const money = (n: number | null) => (n === null ? '–' : formatMoney(n, project.currency, locale));
  const rows: [string, string, string][] = [];
  if (request.before.grantedTotal !== request.proposed.grantedTotal) rows.push([t('portfolio.admin.grantedTotal'), money(request.before.grantedTotal), money(request.proposed.grantedTotal)]);
  if (request.before.startsOn !== request.proposed.startsOn) rows.push([t('portfolio.changes.form.startsOn'), date(request.before.startsOn), date(request.proposed.startsOn)]);
  if (request.before.endsOn !== request.proposed.endsOn) rows.push([t('portfolio.changes.form.endsOn'), date(request.before.endsOn), date(request.proposed.endsOn)]);
  return (
    <dl className="change-terms">
      {rows.map(([what, from, to]) => (
        <div key={what}>
          <dt>{what}</dt>
          <dd>{t('portfolio.changes.fromTo', { from, to })}</dd>
        </div>
      ))}
      {request.budgetLines ? (
        <div>
          <dt>{t('portfolio.public.budget')}</dt>
          <dd>{t('portfolio.changes.linesProposed', { count: request.budgetLines.length })}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function ChangeRequestCard({ project, request }: { project: Project; request: ProjectChangeRequest }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const withdraw = useWithdrawChangeRequest(project.id);
  const refresh = useRefreshChanges(project.id);
  const title = pickText(project.title, locale).text;
  return (
    <article className="change-request stack-sm" aria-label={t('portfolio.changes.requestOf', { date: formatDate(request.requestedAt.slice(0, 10), locale) })}>
      <Paragraph data-size="sm">
        <Tag data-color={STATUS_COLOR[request.status]}>{t(`portfolio.changes.status.${request.status}`)}</Tag>{' '}
        {t('portfolio.changes.askedBy', { name: request.requestedBy ?? '–', date: formatDate(request.requestedAt.slice(0, 10), locale) })}
      </Paragraph>
      <Terms project={project} request={request} />
      <Paragraph data-size="sm" className="change-justification">
        {request.justification}
      </Paragraph>
      {request.case ? (
        <Paragraph data-size="sm">
          {t('portfolio.changes.case', { number: request.case.number ?? '–', body: pickText(request.case.body, locale).text })}{' '}
          {request.case.meetingId ? <AppLink to={`/admin/moter/${request.case.meetingId}`}>{t('portfolio.changes.toMeeting')}</AppLink> : null}
        </Paragraph>
      ) : null}
      {withdraw.error ? <RefusalAlert error={withdraw.error} /> : null}
      {request.canWithdraw ? (
        <div>
          <Button type="button" variant="secondary" data-size="sm" disabled={withdraw.isPending} onClick={() => withdraw.mutate(request.id)}>
            {t('portfolio.changes.withdraw')}
          </Button>
        </div>
      ) : null}
      {project.canManage && request.status === 'pending' ? (
        <BoardCaseForm
          id={`change-case-${request.id.slice(0, 8)}`}
          programmeId={project.programmeId}
          heading={t('portfolio.changes.boardCase.heading')}
          intro={t('portfolio.changes.boardCase.intro')}
          button={t('portfolio.changes.boardCase.button')}
          onCreated={() => void refresh()}
          caseOf={() => ({
            type: 'decision',
            title: { nb: t('portfolio.changes.boardCase.title', { title }) },
            paper: { nb: request.justification },
            effects: [{ kind: 'decide_project_change', targetId: request.id }],
          })}
        />
      ) : null}
    </article>
  );
}
