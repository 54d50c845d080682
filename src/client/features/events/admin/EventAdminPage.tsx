import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Heading, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { Event, Registration } from '../../../../shared/contracts/events';
import { EventMessage } from '../../../../shared/contracts/events';
import { eventsRoutes } from '../../../../shared/contracts/routes';
import { call, urlOf } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ScrollTable } from '../../../components/ScrollTable';
import { StatusMessage } from '../../../components/StatusMessage';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { formatAt, formatEventTime } from '../event-format';
import { eventKeys, eventPath, useEvent, useRegistrations } from '../events.queries';
import { EventForm } from './EventForm';
import { valuesOf } from './event-form-values';

/** One event for the secretariat: its facts, publishing and cancelling, the registrations and the waiting list, exports and a message to all. */
export function EventAdminPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  if (event.isPending) return <Loading />;
  if (event.error) return <LoadFailed error={event.error} />;
  return <EventAdmin key={event.data.revision} event={event.data} />;
}

function EventAdmin({ event }: { event: Event }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<unknown>(null);
  const refresh = async (updated?: Event) => {
    if (updated) queryClient.setQueryData(eventKeys.one(event.id), updated);
    await queryClient.invalidateQueries({ queryKey: eventKeys.all });
  };
  const act = async (work: () => Promise<Event>) => {
    setProblem(null);
    try {
      await refresh(await work());
    } catch (err) {
      setProblem(err);
    }
  };
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${event.programmeSlug}/arrangementer`}>{t('events.admin.back')}</AppLink>
      </Paragraph>
      <PageHeading title={event.title}>{event.title}</PageHeading>
      <Paragraph>
        {t(`events.status.${event.status}`)} · {formatEventTime(event.startsAt, event.endsAt, locale)} ·{' '}
        {event.capacity === null ? t('events.admin.seatsUnlimited', { taken: event.registeredCount }) : t('events.admin.seats', { taken: event.registeredCount, capacity: event.capacity })}
      </Paragraph>
      {event.status !== 'draft' ? (
        <Paragraph>
          <AppLink to={eventPath(event.programmeSlug, event.id)}>{t('events.admin.publicPage')}</AppLink>
        </Paragraph>
      ) : null}
      {problem ? <ProblemAlert error={problem} /> : null}
      <div className="tag-row">
        {event.status === 'draft' ? (
          <Button type="button" onClick={() => void act(() => call(eventsRoutes.publish, { params: { id: event.id }, body: { revision: event.revision } }))}>
            {t('events.admin.publish')}
          </Button>
        ) : null}
        {event.status !== 'cancelled' ? (
          <Button
            type="button"
            variant="secondary"
            data-color="danger"
            onClick={() => {
              if (window.confirm(t('events.admin.confirmCancel'))) void act(() => call(eventsRoutes.cancel, { params: { id: event.id }, body: { revision: event.revision } }));
            }}
          >
            {t('events.admin.cancelEvent')}
          </Button>
        ) : null}
      </div>
      <Registrations event={event} />
      <MessageForm event={event} />
      <section aria-labelledby="event-edit" className="stack">
        <Heading level={2} data-size="md" id="event-edit">
          {t('events.admin.edit')}
        </Heading>
        <EventForm
          formId="event-edit-form"
          initial={valuesOf(event)}
          previousQuestions={event.questions}
          submitLabel={t('events.admin.save')}
          onSave={async (body) => refresh(await call(eventsRoutes.update, { params: { id: event.id }, body: { ...body, revision: event.revision } }))}
        />
      </section>
    </div>
  );
}

function Registrations({ event }: { event: Event }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const list = useRegistrations(event.id);
  const [problem, setProblem] = useState<unknown>(null);
  const act = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
      await queryClient.invalidateQueries({ queryKey: eventKeys.all });
    } catch (err) {
      setProblem(err);
    }
  };
  const table = (rows: Registration[], caption: string, kind: 'registered' | 'waiting' | 'cancelled') => (
    <ScrollTable label={caption}>
      <Table data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('events.export.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('events.export.email')}</Table.HeaderCell>
            <Table.HeaderCell>{t('events.export.organisation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('events.export.registeredAt')}</Table.HeaderCell>
            {event.questions.map((q) => (
              <Table.HeaderCell key={q.id}>{q.label}</Table.HeaderCell>
            ))}
            {kind === 'cancelled' ? null : <Table.HeaderCell>{kind === 'registered' ? t('events.admin.attended') : ''}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell>{r.name}</Table.Cell>
              <Table.Cell>{r.email}</Table.Cell>
              <Table.Cell>{r.organisation}</Table.Cell>
              <Table.Cell>{formatAt(r.queuedAt, locale)}</Table.Cell>
              {event.questions.map((q) => (
                <Table.Cell key={q.id}>{r.answers[q.id] ?? ''}</Table.Cell>
              ))}
              {kind === 'cancelled' ? null : (
                <Table.Cell>
                  <div className="tag-row">
                    {kind === 'registered' ? (
                      <Checkbox
                        label={`${t('events.admin.attended')}: ${r.name}`}
                        checked={r.attended === true}
                        onChange={(e) => void act(() => call(eventsRoutes.attendance, { params: { id: r.id }, body: { attended: e.target.checked } }))}
                      />
                    ) : null}
                    <Button type="button" variant="tertiary" data-size="sm" aria-label={`${t('events.admin.cancelRegistration')}: ${r.name}`} onClick={() => void act(() => call(eventsRoutes.cancelRegistration, { params: { id: r.id } }))}>
                      {t('events.admin.cancelRegistration')}
                    </Button>
                  </div>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
  return (
    <section aria-labelledby="event-registrations" className="stack">
      <Heading level={2} data-size="md" id="event-registrations">
        {t('events.admin.registrations', { n: event.registeredCount })}
      </Heading>
      <Paragraph>
        <Link href={urlOf(eventsRoutes.exportCsv, { params: { id: event.id }, query: { lang: locale } })}>{t('events.admin.exportCsv')}</Link>
        {' · '}
        <Link href={urlOf(eventsRoutes.exportXlsx, { params: { id: event.id }, query: { lang: locale } })}>{t('events.admin.exportXlsx')}</Link>
      </Paragraph>
      {problem ? <ProblemAlert error={problem} /> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadFailed error={list.error} /> : null}
      {list.data ? (
        <>
          {list.data.registered.length === 0 ? <Paragraph>{t('events.admin.noneRegistered')}</Paragraph> : table(list.data.registered, t('events.admin.registrations', { n: list.data.registered.length }), 'registered')}
          {list.data.waiting.length ? table(list.data.waiting, t('events.admin.waitingList', { n: list.data.waiting.length }), 'waiting') : null}
          {list.data.cancelled.length ? table(list.data.cancelled, t('events.admin.cancelledList', { n: list.data.cancelled.length }), 'cancelled') : null}
        </>
      ) : null}
    </section>
  );
}

const MESSAGE_FORM = 'event-message';

function MessageForm({ event }: { event: Event }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [v, setV] = useState({ subject: '', body: '' });
  const [sent, setSent] = useState<string | null>(null);
  const labels = { subject: t('events.admin.subject'), body: t('events.admin.body') };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSent(null);
    const parsed = validate(EventMessage, v);
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    try {
      const answer = await call(eventsRoutes.message, { params: { id: event.id }, body: parsed.data });
      setSent(t('events.admin.sent', { n: answer.queued }));
      setV({ subject: '', body: '' });
    } catch (err) {
      form.setFailure(err);
    }
  };
  return (
    <section aria-labelledby="event-message" className="stack">
      <Heading level={2} data-size="md" id="event-message">
        {t('events.admin.message')}
      </Heading>
      <form onSubmit={onSubmit} noValidate className="stack form">
        <FormErrorSummary form={form} formId={MESSAGE_FORM} labels={labels} />
        <Textfield id={fieldId(MESSAGE_FORM, 'subject')} label={labels.subject} value={v.subject} onChange={(e) => setV((x) => ({ ...x, subject: e.target.value }))} error={form.errorFor('subject')} />
        <Textfield id={fieldId(MESSAGE_FORM, 'body')} label={labels.body} multiline rows={5} value={v.body} onChange={(e) => setV((x) => ({ ...x, body: e.target.value }))} error={form.errorFor('body')} />
        <StatusMessage message={sent} />
        <div>
          <Button type="submit">{t('events.admin.send')}</Button>
        </div>
      </form>
    </section>
  );
}
