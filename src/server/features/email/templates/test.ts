import type { Locale } from '../../../../shared/domain/localized';
import { render, type RenderedEmail, type Written } from './render';

export interface TestData {
  name: string;
}

/** The test e-mail an administrator sends to see that mail arrives. */
export const testTemplates = {
  test: (locale: Locale, d: TestData): RenderedEmail => {
    const w: Record<Locale, Written> = {
      nb: {
        subject: 'Prøve fra Samordna',
        greeting: `Hei, ${d.name}!`,
        blocks: ['Dette er en prøve: e-post fra Samordna kommer fram.'],
      },
      nn: {
        subject: 'Prøve frå Samordna',
        greeting: `Hei, ${d.name}!`,
        blocks: ['Dette er ei prøve: e-post frå Samordna kjem fram.'],
      },
      en: {
        subject: 'A test from Samordna',
        greeting: `Hello, ${d.name}!`,
        blocks: ['This is a test: e-mail from Samordna arrives.'],
      },
    };
    return render(locale, w[locale]);
  },
} as const;
