import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { Event } from '../../../shared/contracts/events';
import { isApiError, urlOf } from '../../app/api';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { ScrollTable } from '../../components/ScrollTable';
import { Section } from '../governance/public/governance-parts';
import { eventsRoutes } from '../../../shared/contracts/routes';
import { formatAt, formatEventTime, isOver } from './event-format';
import { eventsPath, useEvent } from './events.queries';
import { SeatsTag, VideoPlayer } from './event-parts';
import { RegistrationForm } from './RegistrationForm';
import { REGISTRATION_ANCHOR } from '../../../shared/domain/registration-form';
import { LinkedDocuments, useLinkedDocuments } from '../documents/public/LinkedDocuments';
import '../portfolio/portfolio.css';
import './events.css';

/** An event as visitors read it: what, when and where, the programme of talks, registration, and afterwards the recording and materials. */
export default function EventPage() {
  const { slug = '', eventId = '' } = useParams();
  const event = useEvent(eventId);
  if (event.isPending) return <Loading />;
  if (event.error) {
    if (isApiError(event.error) && (event.error.code === 'NOT_FOUND' || event.error.code === 'VALIDATION_FAILED')) return <NotFoundPage />;
    return <LoadFailed error={event.error} />;
  }
  if (event.data.programmeSlug !== slug || event.data.status === 'draft') return <NotFoundPage />;
  return <EventView event={event.data} />;
}

function Paragraphs({ text, lang }: { text: string; lang: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <Paragraph key={i} lang={lang}>
            {p}
          </Paragraph>
        ))}
    </>
  );
}

function EventView({ event }: { event: Event }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const over = isOver(event);
  const documents = useLinkedDocuments(event.programmeSlug, 'event', event.id);
  const hasAfterwards = !!(event.videoUrl || event.slidesUrl || event.materials.length || documents.data?.items.length);
  return (
    <article className="stack">
      <Paragraph data-size="sm">
        <AppLink to={eventsPath(event.programmeSlug)}>{t('events.public.title')}</AppLink>
      </Paragraph>
      <PageHeading title={event.title} description={event.lead || undefined} lang={event.language}>
        {event.title}
      </PageHeading>
      <div className="tag-row">
        <Tag data-color="neutral">{t(`events.kind.${event.kind}`)}</Tag> {over ? null : <SeatsTag event={event} />}
      </div>
      {event.status === 'cancelled' ? <Paragraph><strong>{t('events.public.cancelledNotice')}</strong></Paragraph> : null}
      {event.lead ? <Paragraph data-size="lg" lang={event.language}>{event.lead}</Paragraph> : null}
      <dl className="event-facts">
        <dt>{t('events.public.when')}</dt>
        <dd>{formatEventTime(event.startsAt, event.endsAt, locale)}</dd>
        {event.place || event.address ? (
          <>
            <dt>{t('events.public.where')}</dt>
            <dd>{[event.place, event.address].filter(Boolean).join(', ')}</dd>
          </>
        ) : null}
        {event.streamUrl ? (
          <>
            <dt>{t('events.public.stream')}</dt>
            <dd>
              <Link href={event.streamUrl}>{event.streamUrl}</Link>
            </dd>
          </>
        ) : null}
        <dt>{t('events.public.language')}</dt>
        <dd>{t(`events.public.languageName.${event.language}`)}</dd>
        {event.accessibility ? (
          <>
            <dt>{t('events.public.accessibility')}</dt>
            <dd>{event.accessibility}</dd>
          </>
        ) : null}
      </dl>
      <Paragraph>
        <Link href={urlOf(eventsRoutes.calendar, { params: { id: event.id }, query: { lang: locale } })}>{t('events.public.addToCalendar')}</Link>
      </Paragraph>
      {event.description ? <Paragraphs text={event.description} lang={event.language} /> : null}
      {event.talks.length > 0 ? (
        <Section id="event-programme" title={t('events.public.programme')}>
          <ScrollTable label={t('events.public.programme')}>
            <Table zebra>
              <caption className="visually-hidden">{t('events.public.programme')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('events.public.talkTime')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('events.public.talkTitle')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('events.public.talkSpeaker')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body lang={event.language}>
                {event.talks.map((talk, i) => (
                  <Table.Row key={i}>
                    <Table.Cell>{talk.time}</Table.Cell>
                    <Table.Cell>{talk.title}</Table.Cell>
                    <Table.Cell>{talk.speaker}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        </Section>
      ) : null}
      {hasAfterwards ? (
        <Section id="event-afterwards" title={t('events.public.afterwards')}>
          {event.videoUrl ? (
            <>
              <Heading level={3} data-size="xs">
                {t('events.public.video')}
              </Heading>
              <VideoPlayer url={event.videoUrl} title={event.title} />
            </>
          ) : null}
          {event.slidesUrl || event.materials.length ? (
            <>
              <Heading level={3} data-size="xs">
                {t('events.public.materials')}
              </Heading>
              <ul>
                {event.slidesUrl ? (
                  <li>
                    <Link href={event.slidesUrl}>{t('events.public.slides')}</Link>
                  </li>
                ) : null}
                {event.materials.map((m) => (
                  <li key={m.url}>
                    <Link href={m.url}>{m.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <LinkedDocuments programmeSlug={event.programmeSlug} kind="event" id={event.id} />
        </Section>
      ) : null}
      {over ? null : (
        <section aria-labelledby="event-register-heading" className="stack" id={REGISTRATION_ANCHOR}>
          <Heading level={2} data-size="md" id="event-register-heading">
            {t('events.public.register')}
          </Heading>
          {event.registrationDeadline && event.registrationOpen ? <Paragraph>{t('events.public.deadline', { at: formatAt(event.registrationDeadline, locale) })}</Paragraph> : null}
          {event.registrationOpen ? <RegistrationForm event={event} /> : <Paragraph>{t(`events.public.closed.${event.registrationClosedReason ?? 'notPublished'}`)}</Paragraph>}
        </section>
      )}
    </article>
  );
}
