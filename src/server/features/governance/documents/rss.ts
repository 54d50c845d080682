import type { Decision } from '../../../../shared/contracts/governance-meetings';
import { pickText, type Locale } from '../../../../shared/domain/localized';
import { serverTranslator } from '../../../i18n/translator';
import { rssFeed, type FeedChannel } from '../../../feeds/rss';

/**
 * The decisions as an RSS 2.0 feed, for those who follow a programme's decisions in a feed
 * reader. Each decision is one item, identified for ever by its agenda item's id. An exempt
 * case gives the feed only what it gives the public anywhere: its number, public title and the
 * legal basis of the exemption, never the decision text.
 */

export interface DecisionsFeedOptions extends FeedChannel {
  /** The page of one decision (its meeting, or its case). */
  decisionUrl: (decision: Decision) => string;
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

/**
 * The decisions, newest first as given, as an RSS 2.0 document. Wire it as
 * `reply.type('application/rss+xml; charset=utf-8').send(decisionsFeed(page.items, opts))`.
 */
export function decisionsFeed(decisions: readonly Decision[], opts: DecisionsFeedOptions): string {
  const { t } = serverTranslator(opts.locale);
  return rssFeed(
    opts,
    decisions.map((decision) => ({
      title: t('governanceDocuments.caseTitle', { number: decision.number, title: pickText(decision.title, opts.locale).text }),
      link: opts.decisionUrl(decision),
      guid: decision.itemId,
      publishedAt: decision.decidedAt,
      description: itemDescription(decision, opts.locale),
    })),
  );
}
