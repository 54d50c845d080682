import type { Locale } from '../../../../shared/domain/localized';
import { render, type RenderedEmail, type Written } from './render';

/** What every e-mail about an event registration names. */
export interface EventMailBase {
  name: string;
  eventTitle: string;
  /** When, in Oslo time, written out in the registrant's language. */
  when: string;
  /** Where: place and address, or the stream. */
  where: string;
  /** The personal page: see, change or cancel the registration. */
  manageUrl: string;
}
export interface EventRegisteredData extends EventMailBase {
  status: 'registered' | 'waiting';
  /** The place in the waiting list (1: first). */
  position: number | null;
}
/** With a new personal link (the one sent first keeps working). */
export interface EventPromotedData extends EventMailBase {
  eventUrl: string;
}
export interface EventMessageData extends Omit<EventMailBase, 'manageUrl'> {
  subject: string;
  body: string;
  /** The event's public page (a message carries no personal link: only its hash is kept). */
  eventUrl: string;
}

const where = (d: Pick<EventMailBase, 'where'>, label: string) => (d.where ? [`${label}: ${d.where}`] : []);

/** E-mails to those who register for an event (no account needed): in the language of the page they registered on. */
export const eventTemplates = {
  eventRegistered: (locale: Locale, d: EventRegisteredData): RenderedEmail => {
    const waiting = d.status === 'waiting';
    const w: Record<Locale, Written> = {
      nb: {
        subject: waiting ? `Venteliste: ${d.eventTitle}` : `Påmeldt: ${d.eventTitle}`,
        greeting: `Hei, ${d.name}!`,
        blocks: [
          waiting
            ? `Arrangementet «${d.eventTitle}» er fullt, så du står på venteliste (plass ${d.position}). Blir en plass ledig, får du den automatisk, og vi sender deg en e-post.`
            : `Du er påmeldt «${d.eventTitle}».`,
          `Tid: ${d.when}`,
          ...where(d, 'Sted'),
          'Med lenken under kan du se, endre eller melde deg av. Lenken er personlig; ikke del den.',
          { link: d.manageUrl, label: 'Se eller endre påmeldingen' },
        ],
      },
      nn: {
        subject: waiting ? `Venteliste: ${d.eventTitle}` : `Påmeld: ${d.eventTitle}`,
        greeting: `Hei, ${d.name}!`,
        blocks: [
          waiting
            ? `Arrangementet «${d.eventTitle}» er fullt, så du står på venteliste (plass ${d.position}). Blir ein plass ledig, får du han automatisk, og vi sender deg ein e-post.`
            : `Du er påmeld «${d.eventTitle}».`,
          `Tid: ${d.when}`,
          ...where(d, 'Stad'),
          'Med lenkja under kan du sjå, endre eller melde deg av. Lenkja er personleg; ikkje del ho.',
          { link: d.manageUrl, label: 'Sjå eller endre påmeldinga' },
        ],
      },
      en: {
        subject: waiting ? `Waiting list: ${d.eventTitle}` : `Registered: ${d.eventTitle}`,
        greeting: `Hello, ${d.name}!`,
        blocks: [
          waiting
            ? `"${d.eventTitle}" is full, so you are on the waiting list (place ${d.position}). If a seat becomes free, it is yours automatically, and we will e-mail you.`
            : `You are registered for "${d.eventTitle}".`,
          `When: ${d.when}`,
          ...where(d, 'Where'),
          'With the link below you can see, change or cancel your registration. The link is personal; do not share it.',
          { link: d.manageUrl, label: 'See or change your registration' },
        ],
      },
    };
    return render(locale, w[locale]);
  },
  eventLinkResent: (locale: Locale, d: EventMailBase): RenderedEmail => {
    const w: Record<Locale, Written> = {
      nb: {
        subject: `Lenken til påmeldingen din: ${d.eventTitle}`,
        greeting: `Hei, ${d.name}!`,
        blocks: [`Du var allerede påmeldt «${d.eventTitle}», så vi har ikke laget en ny påmelding. Her er en ny personlig lenke; den gamle virker ikke lenger.`, { link: d.manageUrl, label: 'Se eller endre påmeldingen' }],
      },
      nn: {
        subject: `Lenkja til påmeldinga di: ${d.eventTitle}`,
        greeting: `Hei, ${d.name}!`,
        blocks: [`Du var allereie påmeld «${d.eventTitle}», så vi har ikkje laga ei ny påmelding. Her er ei ny personleg lenkje; den gamle verkar ikkje lenger.`, { link: d.manageUrl, label: 'Sjå eller endre påmeldinga' }],
      },
      en: {
        subject: `The link to your registration: ${d.eventTitle}`,
        greeting: `Hello, ${d.name}!`,
        blocks: [`You were already registered for "${d.eventTitle}", so no new registration was made. Here is a new personal link; the old one no longer works.`, { link: d.manageUrl, label: 'See or change your registration' }],
      },
    };
    return render(locale, w[locale]);
  },
  eventPromoted: (locale: Locale, d: EventPromotedData): RenderedEmail => {
    const w: Record<Locale, Written> = {
      nb: {
        subject: `Du har fått plass: ${d.eventTitle}`,
        greeting: `Hei, ${d.name}!`,
        blocks: [`En plass ble ledig på «${d.eventTitle}», og du sto først på ventelisten. Du er nå påmeldt.`, `Tid: ${d.when}`, ...where(d, 'Sted'), 'Kan du likevel ikke komme, meld deg av med lenken under, så går plassen videre. Lenken er personlig; ikke del den.', { link: d.manageUrl, label: 'Se eller endre påmeldingen' }, { link: d.eventUrl, label: 'Se arrangementet' }],
      },
      nn: {
        subject: `Du har fått plass: ${d.eventTitle}`,
        greeting: `Hei, ${d.name}!`,
        blocks: [`Ein plass vart ledig på «${d.eventTitle}», og du stod først på ventelista. Du er no påmeld.`, `Tid: ${d.when}`, ...where(d, 'Stad'), 'Kan du likevel ikkje kome, meld deg av med lenkja under, så går plassen vidare. Lenkja er personleg; ikkje del ho.', { link: d.manageUrl, label: 'Sjå eller endre påmeldinga' }, { link: d.eventUrl, label: 'Sjå arrangementet' }],
      },
      en: {
        subject: `You have a seat: ${d.eventTitle}`,
        greeting: `Hello, ${d.name}!`,
        blocks: [`A seat became free at "${d.eventTitle}", and you were first on the waiting list. You are now registered.`, `When: ${d.when}`, ...where(d, 'Where'), 'If you cannot come after all, cancel with the link below, so that the seat goes on. The link is personal; do not share it.', { link: d.manageUrl, label: 'See or change your registration' }, { link: d.eventUrl, label: 'See the event' }],
      },
    };
    return render(locale, w[locale]);
  },
  eventRegistrationCancelled: (locale: Locale, d: Omit<EventMailBase, 'manageUrl'>): RenderedEmail => {
    const w: Record<Locale, Written> = {
      nb: { subject: `Avmeldt: ${d.eventTitle}`, greeting: `Hei, ${d.name}!`, blocks: [`Påmeldingen din til «${d.eventTitle}» (${d.when}) er avmeldt.`] },
      nn: { subject: `Avmeld: ${d.eventTitle}`, greeting: `Hei, ${d.name}!`, blocks: [`Påmeldinga di til «${d.eventTitle}» (${d.when}) er avmeld.`] },
      en: { subject: `Cancelled: ${d.eventTitle}`, greeting: `Hello, ${d.name}!`, blocks: [`Your registration for "${d.eventTitle}" (${d.when}) is cancelled.`] },
    };
    return render(locale, w[locale]);
  },
  eventCancelled: (locale: Locale, d: Omit<EventMailBase, 'manageUrl'>): RenderedEmail => {
    const w: Record<Locale, Written> = {
      nb: { subject: `Avlyst: ${d.eventTitle}`, greeting: `Hei, ${d.name}!`, blocks: [`Arrangementet «${d.eventTitle}» (${d.when}) er avlyst. Vi beklager.`] },
      nn: { subject: `Avlyst: ${d.eventTitle}`, greeting: `Hei, ${d.name}!`, blocks: [`Arrangementet «${d.eventTitle}» (${d.when}) er avlyst. Vi beklagar.`] },
      en: { subject: `Cancelled: ${d.eventTitle}`, greeting: `Hello, ${d.name}!`, blocks: [`The event "${d.eventTitle}" (${d.when}) is cancelled. We are sorry.`] },
    };
    return render(locale, w[locale]);
  },
  eventMessage: (locale: Locale, d: EventMessageData): RenderedEmail => {
    const label: Record<Locale, string> = { nb: 'Se arrangementet', nn: 'Sjå arrangementet', en: 'See the event' };
    const about: Record<Locale, string> = { nb: `Om «${d.eventTitle}» (${d.when}):`, nn: `Om «${d.eventTitle}» (${d.when}):`, en: `About "${d.eventTitle}" (${d.when}):` };
    return render(locale, { subject: d.subject, greeting: `${locale === 'en' ? 'Hello' : 'Hei'}, ${d.name}!`, blocks: [about[locale], ...d.body.split(/\n{2,}/), { link: d.eventUrl, label: label[locale] }] });
  },
} as const;
