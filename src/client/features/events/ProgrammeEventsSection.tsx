import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Programme } from '../../../shared/contracts/programmes';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { formatEventTime, isOver } from './event-format';
import { eventPath, eventsPath, useEvents } from './events.queries';

/** The events in short on the public programme page: the next one, and the way to them all. Nothing before the first event. */
export function ProgrammeEventsSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const events = useEvents(programme.id);
  const shown = (events.data?.items ?? []).filter((e) => e.status === 'published');
  if (shown.length === 0) return null;
  const next = shown.find((e) => !isOver(e));
  return (
    <section aria-labelledby="events-section" className="stack-sm">
      <Heading level={2} data-size="md" id="events-section">
        {t('events.public.title')}
      </Heading>
      {next ? (
        <Paragraph>
          <AppLink to={eventPath(programme.slug, next.id)} lang={next.language}>
            {next.title}
          </AppLink>
          {' – '}
          {formatEventTime(next.startsAt, next.endsAt, locale)}
        </Paragraph>
      ) : null}
      <Paragraph>
        <AppLink to={eventsPath(programme.slug)}>{t('events.public.sectionLink')}</AppLink>
      </Paragraph>
    </section>
  );
}
