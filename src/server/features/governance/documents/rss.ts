import type { Decision } from '../../../../shared/contracts/governance-meetings';
import { pickText, type Locale } from '../../../../shared/domain/localized';
import { serverTranslator } from '../../../i18n/translator';
import { xmlText } from './xml';

/**
 * The decisions as an RSS 2.0 feed, for those who follow a programme's decisions in a feed
 * reader. Each decision is one item, identified for ever by its agenda item's id. An exempt
 * case gives the feed only what it gives the public anywhere: its number, public title and the
 * legal basis of the exemption, never the decision text.
 */

export interface DecisionsFeedOptions {
  /** The channel's title, e.g. "Vedtak i Oppvekstprogrammet". */
  title: string;
  description: string;
  /** The page the feed follows (the decision list). */
  link: string;
  /** The feed's own address (`atom:link rel="self"`). */
  selfUrl: string;
  locale: Locale;
  /** The page of one decision (its meeting, or its case). */
  decisionUrl: (decision: Decision) => string;
}

/** The language of the channel, as RSS names it. */
const FEED_LANGUAGE: Record<Locale, string> = { nb: 'nb-no', nn: 'nn-no', en: 'en' };

/** RFC 822 date-time, as RSS 2.0 wants it: `Thu, 15 Jan 2026 18:00:00 GMT`. */
export function rfc822(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a time: ${String(instant)}`);
  return date.toUTCString();
}

/** What the item says of the decision: the outcome and the text, or only the exemption. */
function itemDescription(decision: Decision, locale: Locale): string {
  const { t } = serverTranslator(locale);
  if (decision.isExempt) {
    const title = pickText(decision.title, locale).text;
    const caseTitle = t('governanceDocuments.caseTitle', { number: decision.number, title });
    return `${caseTitle}. ${t('governanceDocuments.exempt', { basis: decision.exemptionBasis ?? '' })}`;
  }
  const outcome = t('governanceDocuments.feed.outcome', { outcome: t(`governanceDocuments.outcome.${decision.outcome}`) });
  const text = pickText(decision.decisionText, locale).text.trim();
  return text ? `${outcome}\n\n${text}` : outcome;
}

function item(decision: Decision, opts: DecisionsFeedOptions): string {
  const { t } = serverTranslator(opts.locale);
  const title = t('governanceDocuments.caseTitle', { number: decision.number, title: pickText(decision.title, opts.locale).text });
  return [
    '    <item>',
    `      <title>${xmlText(title)}</title>`,
    `      <link>${xmlText(opts.decisionUrl(decision))}</link>`,
    `      <guid isPermaLink="false">${xmlText(decision.itemId)}</guid>`,
    `      <pubDate>${rfc822(decision.decidedAt)}</pubDate>`,
    `      <description>${xmlText(itemDescription(decision, opts.locale))}</description>`,
    '    </item>',
  ].join('\n');
}

/**
 * The decisions, newest first as given, as an RSS 2.0 document (`application/rss+xml;
 * charset=utf-8`). Characters XML 1.0 cannot hold (NUL and other control characters) are
 * dropped; everything else is escaped. Wire it as
 * `reply.type('application/rss+xml; charset=utf-8').send(decisionsFeed(page.items, opts))`.
 */
export function decisionsFeed(decisions: readonly Decision[], opts: DecisionsFeedOptions): string {
  const latest = decisions.reduce<string | null>((max, d) => (max === null || Date.parse(d.decidedAt) > Date.parse(max) ? d.decidedAt : max), null);
  const channel = [
    `    <title>${xmlText(opts.title)}</title>`,
    `    <link>${xmlText(opts.link)}</link>`,
    `    <description>${xmlText(opts.description)}</description>`,
    `    <language>${FEED_LANGUAGE[opts.locale]}</language>`,
    `    <atom:link href="${xmlText(opts.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(latest ? [`    <lastBuildDate>${rfc822(latest)}</lastBuildDate>`] : []),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    ...channel,
    ...decisions.map((d) => item(d, opts)),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
