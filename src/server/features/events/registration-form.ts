/**
 * Registration without script: the event page's form posts (`application/x-www-form-urlencoded`,
 * same origin, no session) and the browser is sent on with a 303 — to the personal page of the
 * new registration, or back to the event's registration section with what went wrong. The
 * registration itself is the same as the API's (`register`): the same checks, lock, waiting list,
 * rate limit and e-mails.
 */
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, notFound } from '../../http/errors';
import * as repo from './events.repo';
import { cancelMine, changeMine, register } from './registrations.service';
import type { MailContext } from './event-mail';
import { MyRegistrationUpdate, RegistrationCreate, type RegistrationFormPost } from '../../../shared/contracts/events';
import { toFieldError } from '../../../shared/errors';
import { isLocale, type Locale } from '../../../shared/domain/localized';
import { encodeRefusal, FORM_ERRORS, FORM_OUTCOME, REGISTRATION_ANCHOR, type FormRefusal } from '../../../shared/domain/registration-form';
import { sitePagePath } from '../../../shared/domain/site-paths';

const ANSWER = 'answers.';

/** `answers.<id>` fields gathered into the API's `answers`; empty answers left out. */
function answersOf(post: RegistrationFormPost): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(post)) if (key.startsWith(ANSWER) && value.trim() !== '') answers[key.slice(ANSWER.length)] = value;
  return answers;
}

/** The posted fields as the API's body. */
function formInput(post: RegistrationFormPost, locale: Locale): unknown {
  return { name: post.name ?? '', email: post.email ?? '', organisation: post.organisation ?? '', answers: answersOf(post), locale };
}

const localeOf = (post: RegistrationFormPost): Locale => (post.locale && isLocale(post.locale) ? post.locale : 'nb');
const refusalQuery = (r: FormRefusal) => `${FORM_ERRORS}=${encodeURIComponent(encodeRefusal(r))}`;

/** Where the browser goes next: the personal page, or the event's page with the outcome or the refusal. */
export async function registerFromForm(db: Db, ctx: MailContext, actor: Actor, eventId: string, post: RegistrationFormPost, address: string, limit: number): Promise<string> {
  const locale = localeOf(post);
  const event = await repo.eventWithCounts(db, eventId);
  // An unknown or draft event is the API's 404, as for the JSON form.
  if (!event || event.status === 'draft') throw notFound('The event');
  const back = (query: string) => `${sitePagePath(locale, 'event', { slug: event.programmeSlug, eventId })}?${query}#${REGISTRATION_ANCHOR}`;
  const refused = (r: FormRefusal) => back(refusalQuery(r));

  const parsed = RegistrationCreate.safeParse(formInput(post, locale));
  if (!parsed.success) return refused({ code: 'VALIDATION_FAILED', fields: parsed.error.issues.map(toFieldError) });
  try {
    const receipt = await register(db, ctx, actor, eventId, parsed.data, address, limit);
    if (!receipt.token) return back(`${FORM_OUTCOME}=${receipt.outcome}`);
    return `${sitePagePath(locale, 'registration', { token: receipt.token })}?${FORM_OUTCOME}=${receipt.outcome}`;
  } catch (e) {
    if (!(e instanceof AppError) || e.code === 'NOT_FOUND') throw e;
    return refused({ code: e.code, fields: e.details.errors ?? [] });
  }
}

/**
 * The personal page's forms without script: `intent=cancel` cancels (the seat goes to the
 * waiting list), anything else saves name, organisation and answers. The browser goes back to
 * the personal page with the outcome or the refusal; an unknown or expired link to the page,
 * which says so.
 */
export async function mineFromForm(db: Db, ctx: MailContext, actor: Actor, token: string, post: RegistrationFormPost): Promise<string> {
  const path = sitePagePath(localeOf(post), 'registration', { token });
  const page = (query: string) => `${path}?${query}`;
  try {
    if (post.intent === 'cancel') {
      await cancelMine(db, ctx, actor, token);
      return page(`${FORM_OUTCOME}=cancelled`);
    }
    const parsed = MyRegistrationUpdate.safeParse({ name: post.name ?? '', organisation: post.organisation ?? '', answers: answersOf(post) });
    if (!parsed.success) return page(refusalQuery({ code: 'VALIDATION_FAILED', fields: parsed.error.issues.map(toFieldError) }));
    await changeMine(db, actor, token, parsed.data, ctx.now);
    return page(`${FORM_OUTCOME}=saved`);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.code === 'NOT_FOUND') return path;
    return page(refusalQuery({ code: e.code, fields: e.details.errors ?? [] }));
  }
}
