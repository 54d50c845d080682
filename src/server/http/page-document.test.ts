import { describe, expect, it } from 'vitest';
import { headTags } from './page-document';

describe('headTags', () => {
  it("names the page's feeds as alternates, on the site's origin, their texts escaped", () => {
    const head = headTags(
      {
        status: 200,
        title: 'Styring – Kultur for læring',
        description: undefined,
        feeds: [
          { type: 'application/rss+xml', title: 'Vedtak i "KFL" & co', href: '/api/programmes/p1/decisions.rss?lang=nb' },
          { type: 'text/calendar', title: 'Møter', href: 'https://calendar.example.org/p1.ics' },
        ],
      },
      { origin: 'https://samordna.example.org', locale: 'nb', page: { name: 'governance', params: { slug: 'kultur-for-laering' } } },
      'Samordna',
    );
    expect(head).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Vedtak i &quot;KFL&quot; &amp; co" href="https://samordna.example.org/api/programmes/p1/decisions.rss?lang=nb" data-page-feed />',
    );
    expect(head).toContain('<link rel="alternate" type="text/calendar" title="Møter" href="https://calendar.example.org/p1.ics" data-page-feed />');
    // The governance pages are public pages: canonical and language alternates as the others.
    expect(head).toContain('<link rel="canonical" href="https://samordna.example.org/program/kultur-for-laering/styring" />');
    expect(head).toContain('<link rel="alternate" hreflang="nn" href="https://samordna.example.org/nn/program/kultur-for-laering/styring" />');
  });
});
