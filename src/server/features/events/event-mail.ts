import { createHash, randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../db/client';
import { queueEmail } from '../email/email.service';
import type { Outbox } from '../email/email.jobs';
import type { EventMailBase } from '../email/templates';
import type { EventRegistrationRow, EventRow } from './events.table';
import { sitePagePath } from '../../../shared/domain/site-paths';
import type { Locale } from '../../../shared/domain/localized';

/** What sending an event's e-mails needs: the outbox, the site's address, and the time. */
export interface MailContext {
  outbox: Outbox;
  /** The site's origin (https://host), for the links in the e-mails. */
  origin: string;
  now: Date;
}

/** A personal link's token: 32 random bytes, URL-safe; only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const whenText = (e: Pick<EventRow, 'startsAt' | 'endsAt'>, locale: Locale) => {
  const f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Oslo' });
  if (!e.endsAt) return f.format(e.startsAt);
  const sameDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' });
  const endF = sameDay.format(e.startsAt) === sameDay.format(e.endsAt) ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { timeStyle: 'short', timeZone: 'Europe/Oslo' }) : f;
  return `${f.format(e.startsAt)}–${endF.format(e.endsAt)}`;
};

export const whereText = (e: Pick<EventRow, 'place' | 'address' | 'streamUrl'>) => [e.place, e.address, e.streamUrl].filter((s) => s && s.trim()).join(', ');

export const manageUrl = (ctx: MailContext, locale: Locale, token: string) => `${ctx.origin}${sitePagePath(locale, 'registration', { token })}`;
export const eventUrl = (ctx: MailContext, locale: Locale, slug: string, eventId: string) => `${ctx.origin}${sitePagePath(locale, 'event', { slug, eventId })}`;

export function mailBase(ctx: MailContext, event: EventRow, reg: EventRegistrationRow, token: string): EventMailBase {
  return { name: reg.name, eventTitle: event.title, when: whenText(event, reg.locale), where: whereText(event), manageUrl: manageUrl(ctx, reg.locale, token) };
}

/** Queues the e-mail with a new personal link (an address registered again), inside the caller's transaction. */
export function queueLinkResent(tx: DbOrTx, ctx: MailContext, event: EventRow, reg: EventRegistrationRow, token: string) {
  return queueEmail(tx, ctx.outbox.canSend, { to: reg.email, toName: reg.name, locale: reg.locale, template: 'eventLinkResent', data: mailBase(ctx, event, reg, token) });
}

/**
 * Tells the one promoted from the waiting list, inside the caller's transaction, with a new
 * personal link (`token`, whose hash the caller has stored; only hashes are kept, so the first
 * link cannot be sent again, but it keeps working beside the new one).
 */
export function queuePromoted(tx: DbOrTx, ctx: MailContext, event: EventRow, reg: EventRegistrationRow, slug: string, token: string) {
  return queueEmail(tx, ctx.outbox.canSend, {
    to: reg.email,
    toName: reg.name,
    locale: reg.locale,
    template: 'eventPromoted',
    data: { ...mailBase(ctx, event, reg, token), eventUrl: eventUrl(ctx, reg.locale, slug, event.id) },
  });
}
