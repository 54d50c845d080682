import { useState } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { Body } from '../../../../shared/contracts/governance-bodies';
import type { Meeting } from '../../../../shared/contracts/governance-meetings';
import { useLocale } from '../../../app/locale-context';
import { AppLink } from '../../../components/AppLink';
import { Loading } from '../../../components/Loading';
import { LocalizedInline } from '../../../components/LocalizedText';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { AdminSection } from './AdminSection';
import { formatDateTime } from './format';
import { useBodyMeetings, useCreateMeeting, useUpdateMeeting } from './governance-admin.queries';
import { emptyMeetingValues, meetingValues, noticeState } from './meeting-logic';
import { MeetingForm } from './MeetingForm';

/** The annual wheel: the body's meetings of one year, planned, edited and cancelled here. */
export function MeetingsWheel({ body, now = new Date() }: { body: Body; now?: Date }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(now.getFullYear());
  const meetings = useBodyMeetings(body.id, year);
  const create = useCreateMeeting(body.id);
  const [planning, setPlanning] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <AdminSection id="body-meetings" title={t('governanceAdmin.meetings.title')}>
      <div className="gov-year" role="group" aria-label={t('governanceAdmin.meetings.yearSwitch')}>
        <Button variant="tertiary" data-size="sm" onClick={() => setYear((y) => y - 1)} aria-label={t('governanceAdmin.meetings.yearPrevious', { year: year - 1 })}>
          ‹ {year - 1}
        </Button>
        <Heading level={3} data-size="sm" aria-live="polite">
          {t('governanceAdmin.meetings.year', { year })}
        </Heading>
        <Button variant="tertiary" data-size="sm" onClick={() => setYear((y) => y + 1)} aria-label={t('governanceAdmin.meetings.yearNext', { year: year + 1 })}>
          {year + 1} ›
        </Button>
      </div>
      <StatusMessage message={status} />
      {meetings.isPending ? <Loading /> : null}
      {meetings.isError ? <ProblemAlert error={meetings.error} /> : null}
      {meetings.data && meetings.data.meetings.length === 0 ? <Paragraph>{t('governanceAdmin.meetings.none', { year })}</Paragraph> : null}
      {meetings.data && meetings.data.meetings.length > 0 ? (
        <ol className="plain-list stack-sm gov-wheel">
          {meetings.data.meetings.map((m) => (
            <MeetingRow key={m.id} meeting={m} now={now} onStatus={setStatus} />
          ))}
        </ol>
      ) : null}
      {planning ? (
        <>
          <Heading level={3} data-size="sm">
            {t('governanceAdmin.meetings.plan')}
          </Heading>
          <MeetingForm
            formId="meeting-new"
            initial={emptyMeetingValues()}
            submitLabel={t('governanceAdmin.meetings.planSave')}
            saving={create.isPending}
            onCancel={() => setPlanning(false)}
            onSave={async (data) => {
              const m = await create.mutateAsync(data);
              setYear(new Date(m.startsAt).getFullYear());
              setPlanning(false);
              setStatus(t('governanceAdmin.meetings.planned'));
            }}
          />
        </>
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setPlanning(true)}>
            {t('governanceAdmin.meetings.plan')}
          </Button>
        </div>
      )}
    </AdminSection>
  );
}

/** The warning or note about a meeting's notice deadline, if any. */
export function NoticeNote({ meeting, now }: { meeting: Meeting; now: Date }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = noticeState(meeting, now);
  if (state === null) return null;
  const due = formatDateTime(meeting.noticeDueAt, locale);
  if (state === 'due') return <span className="muted">{t('governanceAdmin.notice.due', { due })}</span>;
  return (
    <Tag data-size="sm" data-color="warning">
      {state === 'overdue' ? t('governanceAdmin.notice.overdue', { due }) : t('governanceAdmin.notice.late')}
    </Tag>
  );
}

function MeetingRow({ meeting, now, onStatus }: { meeting: Meeting; now: Date; onStatus(message: string): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdateMeeting();
  const [mode, setMode] = useState<'view' | 'edit' | 'cancel'>('view');
  const when = formatDateTime(meeting.startsAt, locale);
  const open = meeting.status !== 'cancelled' && meeting.status !== 'minutes_published';
  return (
    <li className="gov-card stack-sm">
      <Heading level={4} data-size="2xs">
        <AppLink to={`/admin/moter/${meeting.id}`}>{when}</AppLink>
        {meeting.title ? (
          <>
            {' – '}
            <LocalizedInline text={meeting.title} />
          </>
        ) : null}
      </Heading>
      <div className="tags">
        <Tag data-size="sm" data-color={meeting.status === 'cancelled' ? 'danger' : 'info'}>
          {t(`governanceAdmin.meetingStatus.${meeting.status}`)}
        </Tag>
        <span>{t('governanceAdmin.meetings.items', { count: meeting.itemCount })}</span>
        <NoticeNote meeting={meeting} now={now} />
      </div>
      {meeting.place ? <Paragraph data-size="sm">{meeting.place}</Paragraph> : null}
      {mode === 'edit' ? (
        <MeetingForm
          formId={`meeting-${meeting.id}`}
          initial={meetingValues(meeting)}
          submitLabel={t('common.save')}
          saving={update.isPending}
          onCancel={() => setMode('view')}
          onSave={async (data) => {
            await update.mutateAsync({ id: meeting.id, body: data });
            setMode('view');
            onStatus(t('common.saved'));
          }}
        />
      ) : null}
      {mode === 'cancel' ? (
        <div className="stack-sm">
          {update.error ? <ProblemAlert error={update.error} /> : null}
          <Paragraph>{t('governanceAdmin.meetings.cancelQuestion', { when })}</Paragraph>
          <div className="form-actions">
            <Button data-color="danger" disabled={update.isPending} onClick={() => update.mutate({ id: meeting.id, body: { cancelled: true } }, { onSuccess: () => { setMode('view'); onStatus(t('governanceAdmin.meetings.cancelled', { when })); } })}>
              {t('governanceAdmin.meetings.cancelYes')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('view')}>
              {t('governanceAdmin.meetings.cancelNo')}
            </Button>
          </div>
        </div>
      ) : null}
      {mode === 'view' && open ? (
        <div className="form-actions">
          <Button variant="tertiary" data-size="sm" onClick={() => setMode('edit')} aria-label={t('governanceAdmin.meetings.editNamed', { when })}>
            {t('governanceAdmin.edit')}
          </Button>
          <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => setMode('cancel')} aria-label={t('governanceAdmin.meetings.cancelNamed', { when })}>
            {t('governanceAdmin.meetings.cancel')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
