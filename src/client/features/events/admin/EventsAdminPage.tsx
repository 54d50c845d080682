import { useState } from 'react';
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { Programme } from '../../../../shared/contracts/programmes';
import { eventsRoutes } from '../../../../shared/contracts/routes';
import { call } from '../../../app/api';
import { useLocale, useLocalePath } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { ProgrammeGate } from '../../../components/ProgrammeGate';
import { ScrollTable } from '../../../components/ScrollTable';
import { formatEventTime } from '../event-format';
import { eventKeys, useEvents } from '../events.queries';
import { EventForm } from './EventForm';
import { emptyEvent } from './event-form-values';

export const adminEventPath = (id: string) => `/admin/arrangementer/${id}`;

/** The programme's events for the secretariat: every one with its seats, and a new one. */
export function EventsAdminPage({ user }: { user: MeUser }) {
  return <ProgrammeGate user={user} action="event.manage">{(programme) => <EventsAdmin programme={programme} />}</ProgrammeGate>;
}

function EventsAdmin({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalePath();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const name = useLocalized(programme.name);
  const events = useEvents(programme.id);
  const [creating, setCreating] = useState(false);
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}`}>{name.text}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('events.admin.title')} – ${name.text}`}>{t('events.admin.title')}</PageHeading>
      {events.isPending ? <Loading /> : null}
      {events.isError ? <LoadFailed error={events.error} /> : null}
      {events.data ? (
        events.data.items.length === 0 ? (
          <Paragraph>{t('events.admin.none')}</Paragraph>
        ) : (
          <ScrollTable label={t('events.admin.title')}>
            <Table data-size="sm">
              <caption className="visually-hidden">{t('events.admin.title')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('events.admin.field.title')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events.public.when')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events.export.status')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events.admin.field.capacity')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {events.data.items.map((e) => (
                  <Table.Row key={e.id}>
                    <Table.Cell>
                      <AppLink to={adminEventPath(e.id)}>{e.title}</AppLink>
                    </Table.Cell>
                    <Table.Cell>{formatEventTime(e.startsAt, e.endsAt, locale)}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={e.status === 'published' ? 'success' : e.status === 'cancelled' ? 'danger' : 'neutral'}>{t(`events.status.${e.status}`)}</Tag>
                    </Table.Cell>
                    <Table.Cell>
                      {e.capacity === null ? t('events.admin.seatsUnlimited', { taken: e.registeredCount }) : t('events.admin.seats', { taken: e.registeredCount, capacity: e.capacity })}
                      {e.waitingCount ? ` · ${t('events.admin.waitingList', { n: e.waitingCount })}` : ''}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        )
      ) : null}
      <section aria-labelledby="event-new" className="stack">
        <Heading level={2} data-size="md" id="event-new">
          {t('events.admin.new')}
        </Heading>
        {creating ? (
          <EventForm
            formId="event-new-form"
            initial={emptyEvent}
            submitLabel={t('events.admin.create')}
            onSave={async (body) => {
              const created = await call(eventsRoutes.create, { params: { id: programme.id }, body });
              await queryClient.invalidateQueries({ queryKey: eventKeys.list(programme.id) });
              void navigate(href(adminEventPath(created.id)));
            }}
          />
        ) : (
          <div>
            <Button type="button" onClick={() => setCreating(true)}>
              {t('events.admin.new')}
            </Button>
          </div>
        )}
      </section>
    </div>
  );
}
