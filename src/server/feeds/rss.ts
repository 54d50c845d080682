import type { Locale } from '../../shared/domain/localized';
import { xmlText } from './xml';

/**
 * RSS 2.0, written once for every feed the site offers (decisions, news). Characters XML 1.0
 * cannot hold (NUL and other control characters) are dropped; everything else is escaped.
 */

export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed follows. */
  link: string;
  /** The feed's own address (`atom:link rel="self"`). */
  selfUrl: string;
  locale: Locale;
}

export interface FeedItem {
  title: string;
  link: string;
  /** Identifies the item for ever, whatever its title or address becomes. */
  guid: string;
  /** When it was published (ISO 8601). */
  publishedAt: string;
  description: string;
}

/** The language of the channel, as RSS names it. */
const FEED_LANGUAGE: Record<Locale, string> = { nb: 'nb-no', nn: 'nn-no', en: 'en' };

/** RFC 822 date-time, as RSS 2.0 wants it: `Thu, 15 Jan 2026 18:00:00 GMT`. */
export function rfc822(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a time: ${String(instant)}`);
  return date.toUTCString();
}

function item(i: FeedItem): string {
  return [
    '    <item>',
    `      <title>${xmlText(i.title)}</title>`,
    `      <link>${xmlText(i.link)}</link>`,
    `      <guid isPermaLink="false">${xmlText(i.guid)}</guid>`,
    `      <pubDate>${rfc822(i.publishedAt)}</pubDate>`,
    `      <description>${xmlText(i.description)}</description>`,
    '    </item>',
  ].join('\n');
}

/** The items, in the order given, as an RSS 2.0 document (`application/rss+xml; charset=utf-8`). */
export function rssFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const latest = items.reduce<string | null>((max, i) => (max === null || Date.parse(i.publishedAt) > Date.parse(max) ? i.publishedAt : max), null);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xmlText(channel.title)}</title>`,
    `    <link>${xmlText(channel.link)}</link>`,
    `    <description>${xmlText(channel.description)}</description>`,
    `    <language>${FEED_LANGUAGE[channel.locale]}</language>`,
    `    <atom:link href="${xmlText(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(latest ? [`    <lastBuildDate>${rfc822(latest)}</lastBuildDate>`] : []),
    ...items.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
