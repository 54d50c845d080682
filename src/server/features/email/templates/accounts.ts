import type { Locale } from '../../../../shared/domain/localized';
import { render, type RenderedEmail, type Written } from './render';

export interface AccountCreatedData {
  name: string;
  email: string;
  signInUrl: string;
  /** Who made the account, and in which programme it has a role (if any). */
  createdBy: string;
  programme?: string;
}

/** E-mails about a person's account. */
export const accountTemplates = {
  accountCreated: (locale: Locale, d: AccountCreatedData): RenderedEmail => {
    const where = d.programme;
    const w: Record<Locale, Written> = {
      nb: {
        subject: 'Du har fått en konto i Samordna',
        greeting: `Hei, ${d.name}!`,
        blocks: [
          `${d.createdBy} har laget en konto til deg i Samordna${where ? `, med en rolle i ${where}` : ''}. Du logger inn med e-postadressen ${d.email}.`,
          { link: d.signInUrl, label: 'Logg inn i Samordna' },
          'Har du ikke fått et passord, spør den som laget kontoen, eller logg inn med ID-porten om det er tatt i bruk.',
        ],
      },
      nn: {
        subject: 'Du har fått ein konto i Samordna',
        greeting: `Hei, ${d.name}!`,
        blocks: [
          `${d.createdBy} har laga ein konto til deg i Samordna${where ? `, med ei rolle i ${where}` : ''}. Du loggar inn med e-postadressa ${d.email}.`,
          { link: d.signInUrl, label: 'Logg inn i Samordna' },
          'Har du ikkje fått eit passord, spør den som laga kontoen, eller logg inn med ID-porten om det er teke i bruk.',
        ],
      },
      en: {
        subject: 'You have an account in Samordna',
        greeting: `Hello, ${d.name}!`,
        blocks: [
          `${d.createdBy} has made an account for you in Samordna${where ? `, with a role in ${where}` : ''}. You sign in with the e-mail address ${d.email}.`,
          { link: d.signInUrl, label: 'Sign in to Samordna' },
          'If you have not been given a password, ask whoever made the account, or sign in with ID-porten where it is in use.',
        ],
      },
    };
    return render(locale, w[locale]);
  },
} as const;
