import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { Event } from '../../../shared/contracts/events';
import type { Programme } from '../../../shared/contracts/programmes';
import { isApiError, urlOf } from '../../app/api';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useLocalized } from '../../components/LocalizedText';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { useProgramme } from '../programmes/programmes.queries';
import { eventsRoutes } from '../../../shared/contracts/routes';
import { formatEventTime, isOver } from './event-format';
import { eventPath, useEvents } from './events.queries';
import { SeatsTag } from './event-parts';
import '../portfolio/portfolio.css';

/** The programme's events: the upcoming ones first, then the past ones with their recordings. */
export default function EventsPage() {
  const { slug = '' } = useParams();
  const programme = useProgramme(slug);
  const events = useEvents(programme.data?.id);
  if (programme.isPending || (programme.isSuccess && events.isPending)) return <Loading />;
  const error = programme.error ?? events.error;
  if (error) {
    if (isApiError(error) && error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={error} />;
  }
  return <EventsView programme={programme.data!} events={events.data!.items.filter((e) => e.status !== 'draft')} />;
}

function EventsView({ programme, events }: { programme: Programme; events: Event[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = useLocalized(programme.name);
  const ended = (e: Event) => isOver(e);
  const upcoming = events.filter((e) => !ended(e));
  const past = events.filter(ended).reverse();
  return (
    <article className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/program/${programme.slug}`}>{name.text}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('events.public.title')} – ${name.text}`} description={t('events.public.lead')}>
        {t('events.public.title')}
      </PageHeading>
      <Paragraph>{t('events.public.lead')}</Paragraph>
      <Paragraph>
        <Link href={urlOf(eventsRoutes.programmeCalendar, { params: { id: programme.id }, query: { lang: locale } })}>{t('events.public.subscribe')}</Link> <span className="muted">(iCalendar)</span>
      </Paragraph>
      <section aria-labelledby="events-upcoming" className="stack-sm">
        <Heading level={2} data-size="md" id="events-upcoming">
          {t('events.public.upcoming')}
        </Heading>
        {upcoming.length === 0 ? <Paragraph>{t('events.public.noneUpcoming')}</Paragraph> : null}
        <ul className="plain-list project-cards">
          {upcoming.map((e) => (
            <EventCard key={e.id} event={e} />
          ))}
        </ul>
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="events-past" className="stack-sm">
          <Heading level={2} data-size="md" id="events-past">
            {t('events.public.past')}
          </Heading>
          <ul className="plain-list project-cards">
            {past.map((e) => (
              <EventCard key={e.id} event={e} past />
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function EventCard({ event, past = false }: { event: Event; past?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="project-card">
      <Heading level={3} data-size="xs">
        <AppLink to={eventPath(event.programmeSlug, event.id)} lang={event.language}>
          {event.title}
        </AppLink>
      </Heading>
      <div className="tag-row">
        <Tag data-color="neutral">{t(`events.kind.${event.kind}`)}</Tag> {past ? null : <SeatsTag event={event} />}
      </div>
      <dl>
        <dt>{t('events.public.when')}</dt>
        <dd>{formatEventTime(event.startsAt, event.endsAt, locale)}</dd>
        {event.place ? (
          <>
            <dt>{t('events.public.where')}</dt>
            <dd>{event.place}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
