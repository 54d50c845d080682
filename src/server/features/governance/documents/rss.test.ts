import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../shared/contracts/governance-meetings';
import { aDecision } from '../../../testing/governance-documents';
import { decisionsFeed, type DecisionsFeedOptions } from './rss';

const opts: DecisionsFeedOptions = {
  title: 'Vedtak i Oppvekstprogrammet',
  description: 'Vedtakene i programmets organer',
  link: 'https://samordna.example/program/oppvekst/vedtak',
  selfUrl: 'https://samordna.example/api/programmes/1/decisions.rss?lang=nb&x=1',
  locale: 'nb',
  decisionUrl: (d) => `https://samordna.example/moter/${d.meetingId}#${d.itemId}`,
};

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
}

/** The feed as a feed reader reads it: well-formed XML, then its channel and items. */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' }).parse(xml) as {
    rss: { '@_version': string; '@_xmlns:atom': string; channel: { title: string; link: string; language: string; 'atom:link': Record<string, string>; item?: Item[] } };
  };
  return doc.rss;
}

const exempt = aDecision({
  itemId: 'a0000000-0000-4000-8000-000000000003',
  number: '14/2026',
  title: { nb: 'Personalsak' },
  isExempt: true,
  exemptionBasis: 'offl. § 13 jf. fvl. § 13',
  decisionText: { nb: 'HEMMELIG VEDTAKSTEKST om en navngitt ansatt' },
  outcome: 'adopted',
});

describe('the decisions feed', () => {
  it('is RSS 2.0 with its own address and one item per decision', () => {
    const decisions = [aDecision({ itemId: 'a0000000-0000-4000-8000-000000000001' }), aDecision({ itemId: 'a0000000-0000-4000-8000-000000000002', number: '13/2026', decidedAt: '2026-06-10T16:00:00.000Z' })];
    const rss = parse(decisionsFeed(decisions, opts));
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(rss.channel.title).toBe('Vedtak i Oppvekstprogrammet');
    expect(rss.channel.language).toBe('nb-no');
    expect(rss.channel['atom:link']).toMatchObject({ '@_rel': 'self', '@_href': opts.selfUrl, '@_type': 'application/rss+xml' });
    const items = rss.channel.item!;
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      title: 'Sak 12/2026: Budsjett for 2026',
      link: `https://samordna.example/moter/${decisions[0]!.meetingId}#${decisions[0]!.itemId}`,
      guid: { '#text': 'a0000000-0000-4000-8000-000000000001', '@_isPermaLink': 'false' },
      pubDate: 'Thu, 15 Jan 2026 18:00:00 GMT',
      description: 'Utfall: Vedtatt.\n\nStyringsgruppa vedtar budsjettet.',
    });
    expect(items[1]!.pubDate).toBe('Wed, 10 Jun 2026 16:00:00 GMT');
  });

  it('words the items in the reader’s language, bokmål where a text is missing', () => {
    const decision = aDecision({ outcome: 'noted', decisionText: { nb: 'Saken tas til orientering.' } });
    const en = parse(decisionsFeed([decision], { ...opts, locale: 'en' })).channel.item![0]!;
    expect(en.title).toBe('Case 12/2026: Budget for 2026');
    expect(en.description).toBe('Outcome: Noted.\n\nSaken tas til orientering.');
    const nn = parse(decisionsFeed([decision], { ...opts, locale: 'nn' })).channel.item![0]!;
    expect(nn.description).toBe('Utfall: Teke til orientering.\n\nSaken tas til orientering.');
  });

  it('gives an exempt case only its number, public title and legal basis', () => {
    const xml = decisionsFeed([exempt], opts);
    const item = parse(xml).channel.item![0]!;
    expect(item.title).toBe('Sak 14/2026: Personalsak');
    expect(item.description).toBe('Sak 14/2026: Personalsak. Unntatt offentlighet, offl. § 13 jf. fvl. § 13');
    expect(xml).not.toContain('HEMMELIG');
    expect(xml).not.toContain('Vedtatt');
  });

  it('keeps the same guid for the same decision, whatever changes around it', () => {
    const a = parse(decisionsFeed([exempt], opts)).channel.item![0]!;
    const b = parse(decisionsFeed([aDecision(), { ...exempt, title: { nb: 'Ny tittel' } }], opts)).channel.item![1]!;
    expect(b.guid).toEqual(a.guid);
  });

  it('survives markup, ampersands, quotes and the control characters XML cannot hold', () => {
    const nasty: Decision = aDecision({
      title: { nb: '<script>alert("x")</script> & Co’s «plan»' },
      decisionText: { nb: 'Tekst med NUL\u0000, BEL\u0007, ESC\u001b, FFFE\uFFFE og ]]> og </description> og æøå 👩‍👧' },
    });
    const xml = decisionsFeed([nasty], { ...opts, title: 'R&D <vedtak>' });
    // eslint-disable-next-line no-control-regex -- the characters the feed must not hold
    expect(xml).not.toMatch(/[\u0000\u0007\u001b\uFFFE]/);
    const rss = parse(xml);
    expect(rss.channel.title).toBe('R&D <vedtak>');
    const item = rss.channel.item![0]!;
    expect(item.title).toBe('Sak 12/2026: <script>alert("x")</script> & Co’s «plan»');
    expect(item.description).toBe('Utfall: Vedtatt.\n\nTekst med NUL, BEL, ESC, FFFE og ]]> og </description> og æøå 👩‍👧');
  });

  it('is a valid empty channel without decisions', () => {
    const rss = parse(decisionsFeed([], opts));
    expect(rss.channel.item).toBeUndefined();
  });
});
