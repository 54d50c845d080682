import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { GroupDetail, GroupHomework, Submission } from '../../../../shared/contracts/development';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import { AppLink } from '../../../components/AppLink';
import { splitParagraphs } from '../../../components/LocalizedText';
import { groupAdminPath, submissionFileUrl } from '../development.queries';
import { formatInstant, HOMEWORK_STATE_COLOUR } from './group-format';
import { HandInForm } from './HomeworkHandIn';

/** The cohort's homework, each task with what the group has handed in (or may still hand in). */
export function HomeworkList({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  if (detail.homework.length === 0)
    return <Paragraph>{t('developmentGroups.homework.none')}</Paragraph>;
  const tasks = [...detail.homework].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return (
    <div className="stack">
      {tasks.map((task) => (
        <HomeworkCard key={task.id} detail={detail} task={task} />
      ))}
    </div>
  );
}

function Texts({ text }: { text: string }) {
  return (
    <>
      {splitParagraphs(text).map((p, i) => (
        <Paragraph key={i} className="keep-lines">
          {p}
        </Paragraph>
      ))}
    </>
  );
}

function HomeworkCard({ detail, task }: { detail: GroupDetail; task: GroupHomework }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const groupId = detail.group.id;
  const submission = task.submission;
  const headingId = `homework-${task.id}-heading`;
  return (
    <article
      id={`homework-${task.id}`}
      aria-labelledby={headingId}
      className="homework-card stack-sm"
    >
      <Heading level={3} data-size="xs" id={headingId} tabIndex={-1}>
        {task.title}
      </Heading>
      <div className="tags">
        <Tag data-size="sm" data-color={HOMEWORK_STATE_COLOUR[task.state]}>
          {t(`developmentGroups.homeworkState.${task.state}`)}
        </Tag>
        <span>
          {t('developmentGroups.homework.due', { at: formatInstant(task.dueAt, locale) })}
        </span>
        <span className="muted">
          {t(`developmentGroups.submissionKind.${task.submissionKind}`)}
        </span>
      </div>
      <Texts text={task.instructions} />
      {task.submissionKind === 'plan_part' && task.planPart ? (
        <Paragraph>
          <AppLink to={`${groupAdminPath(groupId)}/plan#plan-${task.planPart}`}>
            {t('developmentGroups.homework.planPartLink', {
              part: t(`developmentGroups.planPart.${task.planPart}`),
            })}
          </AppLink>
        </Paragraph>
      ) : null}
      {submission?.submittedAt ? (
        <SubmissionShown
          groupId={groupId}
          taskId={task.id}
          submission={submission}
          heading={t(submission.isLate ? 'developmentGroups.homework.handedInLate' : 'developmentGroups.homework.handedIn', { at: formatInstant(submission.submittedAt, locale) })}
        />
      ) : detail.canWrite ? (
        <HandInForm groupId={groupId} task={task} />
      ) : submission ? (
        <SubmissionShown groupId={groupId} taskId={task.id} submission={submission} heading={t('developmentGroups.homework.draftOnly', { at: formatInstant(submission.updatedAt, locale) })} />
      ) : (
        <Paragraph className="muted">{t('developmentGroups.homework.nothingYet')}</Paragraph>
      )}
    </article>
  );
}

/** A hand-in as the group and the office read it: when (or that it is a draft), its text and its file. */
function SubmissionShown({ groupId, taskId, submission, heading }: { groupId: string; taskId: string; submission: Submission; heading: string }) {
  const { t } = useTranslation();
  return (
    <div className="submission stack-sm">
      <Paragraph>
        <strong>{heading}</strong>
      </Paragraph>
      {submission.text ? <Texts text={submission.text} /> : null}
      {submission.fileName ? (
        <Paragraph>
          <Link href={submissionFileUrl(groupId, taskId)}>{t('developmentGroups.homework.download', { name: submission.fileName })}</Link>
        </Paragraph>
      ) : null}
    </div>
  );
}
