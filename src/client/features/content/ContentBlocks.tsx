import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { Block, ContentDraft } from '../../../shared/contracts/content';
import { parseRichText, type EmbedList as EmbedListKind } from '../../../shared/domain/content';
import { pickText, type LocalizedText } from '../../../shared/domain/localized';
import { isWebUrl } from '../../../shared/domain/web-url';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { LocalizedInline, useLocalized } from '../../components/LocalizedText';
import { useGoalTree, useProgrammeIndicators } from '../goals/goals.queries';
import { usePortfolio } from '../portfolio/portfolio.queries';
import { eventPath, eventsPath, useEvents } from '../events/events.queries';
import { isOver } from '../events/event-format';
import { projectPath } from '../portfolio/public/portfolio-paths';
import { imageUrl, usePublishedList } from './content.queries';
import { contentPath, newsListPath } from './content-paths';
import './content.css';

/** A text block: headings, paragraphs and lists from the editor's markup; nothing else reaches the page. */
function RichText({ text }: { text: LocalizedText }) {
  const picked = useLocalized(text);
  const nodes = parseRichText(picked.text);
  return (
    <div lang={picked.lang} className="content-text">
      {nodes.map((n, i) => {
        if (n.type === 'heading') return <Heading key={i} level={n.level} data-size={n.level === 2 ? 'md' : 'sm'}>{n.text}</Heading>;
        if (n.type === 'paragraph') return <Paragraph key={i}>{n.text}</Paragraph>;
        const items = n.items.map((item, j) => <li key={j}>{item}</li>);
        return n.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
      })}
    </div>
  );
}

function BlockTitle({ title, fallback }: { title?: { nb: string; nn?: string | null; en?: string | null } | undefined; fallback?: string }) {
  const locale = useLocale();
  const picked = title?.nb ? pickText(title, locale) : undefined;
  const text = picked?.text || fallback;
  if (!text) return null;
  return (
    <Heading level={2} data-size="sm" lang={picked && picked.lang !== locale ? picked.lang : undefined}>
      {text}
    </Heading>
  );
}

/** One live list of the programme's own, read when the page is read. */
function EmbedList({ programmeId, programmeSlug, list, limit, title }: { programmeId: string; programmeSlug: string; list: EmbedListKind; limit: number; title?: { nb: string; nn?: string | null; en?: string | null } }) {
  const { t } = useTranslation();
  const goals = useGoalTree(list === 'goals' ? programmeId : undefined);
  const indicators = useProgrammeIndicators(list === 'indicators' ? programmeId : '');
  const projects = usePortfolio(list === 'portfolio' ? programmeId : undefined, { sort: 'startsOn', limit });
  const news = usePublishedList(list === 'news' ? programmeId : undefined, 'news', limit, 0);
  const events = useEvents(list === 'events' ? programmeId : undefined);
  // Events not yet over, soonest first.
  const upcoming = (events.data?.items ?? []).filter((e) => e.status === 'published' && !isOver(e)).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const entries: { key: string; to: string; text: LocalizedText }[] =
    list === 'goals'
      ? (goals.data?.goals ?? []).filter((g) => !g.isInherited).slice(0, limit).map((g) => ({ key: g.id, to: `/program/${programmeSlug}/mal`, text: g.title }))
      : list === 'indicators'
        ? (list === 'indicators' && indicators.data ? indicators.data : []).slice(0, limit).map((i) => ({ key: i.id, to: `/program/${programmeSlug}/statistikk/indikator/${encodeURIComponent(i.code)}`, text: i.name }))
        : list === 'portfolio'
          ? (projects.data?.items ?? []).map((p) => ({ key: p.id, to: projectPath(programmeSlug, p.id), text: p.title }))
          : list === 'news'
            ? (news.data?.items ?? []).map((n) => ({ key: n.id, to: contentPath(programmeSlug, n), text: n.title }))
            : upcoming.slice(0, limit).map((e) => ({ key: e.id, to: eventPath(programmeSlug, e.id), text: { nb: e.title } }));
  const all = { goals: `/program/${programmeSlug}/mal`, indicators: `/program/${programmeSlug}/statistikk`, portfolio: `/program/${programmeSlug}/prosjekter`, news: newsListPath(programmeSlug), events: eventsPath(programmeSlug) }[list];
  return (
    <section className="content-embed">
      <BlockTitle title={title} fallback={t(`content.blocks.embed.${list}`)} />
      {entries.length === 0 ? (
        <Paragraph data-size="sm">{t('content.blocks.empty')}</Paragraph>
      ) : (
        <ul>
          {entries.map((e) => (
            <li key={e.key}>
              <AppLink to={e.to}>
                <LocalizedInline text={e.text} />
              </AppLink>
            </li>
          ))}
        </ul>
      )}
      <Paragraph data-size="sm">
        <AppLink to={all}>{t(`content.blocks.all.${list}`)}</AppLink>
      </Paragraph>
    </section>
  );
}

function BlockView({ block, programmeId, programmeSlug }: { block: Block; programmeId: string; programmeSlug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  switch (block.kind) {
    case 'text':
      return <RichText text={block.body} />;
    case 'image': {
      const alt = pickText(block.alt, locale);
      const caption = block.caption?.nb ? pickText(block.caption, locale) : undefined;
      return (
        <figure className="content-image">
          <img src={imageUrl(block.imageId)} alt={alt.text} lang={alt.lang !== locale ? alt.lang : undefined} loading="lazy" />
          {caption ? <figcaption lang={caption.lang !== locale ? caption.lang : undefined}>{caption.text}</figcaption> : null}
        </figure>
      );
    }
    case 'links':
      return (
        <section className="content-links">
          <BlockTitle title={block.title} />
          <ul>
            {block.items.map((l, i) => (
              <li key={i}>{isWebUrl(l.url) ? <Link href={l.url}><LocalizedInline text={l.label} /></Link> : <LocalizedInline text={l.label} />}</li>
            ))}
          </ul>
        </section>
      );
    case 'contacts':
      return (
        <section className="content-contacts">
          <BlockTitle title={block.title} />
          <ul className="content-cards">
            {block.items.map((c, i) => (
              <li key={i}>
                <Card data-color="neutral">
                  <Heading level={3} data-size="2xs">{c.name}</Heading>
                  {c.role?.nb ? <Paragraph data-size="sm"><LocalizedInline text={c.role} /></Paragraph> : null}
                  {c.organisation ? <Paragraph data-size="sm">{c.organisation}</Paragraph> : null}
                  {c.email ? <Paragraph data-size="sm">{t('content.blocks.email')}: <Link href={`mailto:${c.email}`}>{c.email}</Link></Paragraph> : null}
                  {c.phone ? <Paragraph data-size="sm">{t('content.blocks.phone')}: <Link href={`tel:${c.phone.replace(/[^+0-9]/g, '')}`}>{c.phone}</Link></Paragraph> : null}
                </Card>
              </li>
            ))}
          </ul>
        </section>
      );
    case 'embed':
      return <EmbedList programmeId={programmeId} programmeSlug={programmeSlug} list={block.list} limit={block.limit} title={block.title} />;
  }
}

/** The blocks of a page or news item, in order: the public page and the editor's preview alike. */
export function ContentBlocks({ draft, programmeId, programmeSlug }: { draft: Pick<ContentDraft, 'blocks'>; programmeId: string; programmeSlug: string }) {
  return (
    <div className="content-blocks stack">
      {draft.blocks.map((b) => (
        <BlockView key={b.key} block={b} programmeId={programmeId} programmeSlug={programmeSlug} />
      ))}
    </div>
  );
}
