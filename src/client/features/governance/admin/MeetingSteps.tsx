import { useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { useLocale } from '../../../app/locale-context';
import { RefusalAlert } from './RefusalAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { formatDateTime } from './format';
import { useMeetingStep } from './governance-admin.queries';

type Step = 'notice' | 'held' | 'approve' | 'publishMinutes';

/** The one next step of the meeting's way, from its status. */
export function nextStep(status: MeetingDetail['meeting']['status']): Step | null {
  if (status === 'planned') return 'notice';
  if (status === 'notice_published') return 'held';
  if (status === 'held') return 'approve';
  if (status === 'minutes_approved') return 'publishMinutes';
  return null;
}

/** Where the meeting stands and the button for its next step: notice, held, minutes approved by the chair, minutes published. */
export function MeetingSteps({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const step = useMeetingStep(detail.meeting.id);
  const [done, setDone] = useState<string | null>(null);
  const m = detail.meeting;
  const next = nextStep(m.status);
  const facts: [string, string | null][] = [
    ['noticePublishedAt', m.noticePublishedAt],
    ['heldAt', m.heldAt],
    ['minutesApprovedAt', m.minutesApprovedAt],
    ['minutesPublishedAt', m.minutesPublishedAt],
  ];
  return (
    <div className="stack-sm">
      <dl className="facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{t(`governanceAdmin.meeting.${k}`)}</dt>
            <dd>{v ? formatDateTime(v, locale) : t('common.notSet')}</dd>
          </div>
        ))}
      </dl>
      <StatusMessage message={done} />
      {step.error ? <RefusalAlert error={step.error} /> : null}
      {next ? (
        <>
          <Paragraph data-size="sm">{t(`governanceAdmin.step.${next}Help`)}</Paragraph>
          <div>
            <Button
              disabled={step.isPending}
              onClick={() =>
                step.mutate(next, {
                  onSuccess: (answer) => setDone(answer.warnings.includes('noticeLate') && next === 'notice' ? t('governanceAdmin.notice.publishedLate') : t(`governanceAdmin.step.${next}Done`)),
                })
              }
            >
              {t(`governanceAdmin.step.${next}`)}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
