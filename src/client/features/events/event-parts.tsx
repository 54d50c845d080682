import { useState } from 'react';
import { Button, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Event } from '../../../shared/contracts/events';
import { useTranslation } from '../../app/translation';

/** Cancelled, full, the seats left, or open to all. */
export function SeatsTag({ event }: { event: Event }) {
  const { t } = useTranslation();
  if (event.status === 'cancelled') return <Tag data-color="danger">{t('events.status.cancelled')}</Tag>;
  if (event.seatsLeft === null) return <Tag data-color="success">{t('events.public.unlimited')}</Tag>;
  if (event.seatsLeft === 0) return <Tag data-color="warning">{t('events.public.full')}</Tag>;
  return <Tag data-color="success">{t('events.public.seatsLeft', { n: event.seatsLeft })}</Tag>;
}

/**
 * The recording: a plain link, and a button that only then puts the player on the page. Nothing
 * is fetched from the video service until the reader asks for it.
 */
export function VideoPlayer({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <div className="stack-sm">
      <Paragraph>
        <Link href={url}>{t('events.public.openVideo')}</Link>
      </Paragraph>
      {shown ? (
        <div className="event-video">
          <iframe src={url} title={`${t('events.public.video')}: ${title}`} allow="fullscreen; picture-in-picture" loading="lazy" width="640" height="360" />
        </div>
      ) : (
        <>
          <Paragraph data-size="sm" className="muted" id="event-video-note">
            {t('events.public.videoNote')}
          </Paragraph>
          <div>
            <Button type="button" variant="secondary" aria-describedby="event-video-note" onClick={() => setShown(true)}>
              {t('events.public.showVideo')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
