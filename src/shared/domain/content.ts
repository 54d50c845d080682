/**
 * A programme's own pages and news: made of structured blocks, written as a draft and published
 * as a snapshot, so that editing a published page changes nothing the public sees until the
 * editor publishes again.
 */

export const CONTENT_KINDS = ['page', 'news'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const BLOCK_KINDS = ['text', 'image', 'links', 'contacts', 'embed'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** The live lists a page may embed: they show what the programme holds when the page is read. */
export const EMBED_LISTS = ['goals', 'indicators', 'portfolio', 'news', 'events'] as const;
export type EmbedList = (typeof EMBED_LISTS)[number];

/** Whether a content item is public, has changes not yet published, or was never published. */
export type ContentState = 'draft' | 'published' | 'changed';

export function contentState(hasPublished: boolean, draftRevision: number, publishedRevision: number | null): ContentState {
  if (!hasPublished) return 'draft';
  return publishedRevision === draftRevision ? 'published' : 'changed';
}

/** A node of a text block, as written with the small markup editors use. */
export type RichNode =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const HEADING = /^(#{2,3})\s+(.*)$/;

/**
 * Reads a text block's markup: `## ` and `### ` start headings, `- ` or `* ` bullet items, `1. `
 * numbered items; a blank line ends a paragraph or a list. Nothing else is markup, so no HTML a
 * writer types can reach the page.
 */
export function parseRichText(source: string): RichNode[] {
  const nodes: RichNode[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const flush = () => {
    if (paragraph.length) nodes.push({ type: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
    if (list) nodes.push({ type: 'list', ...list });
    list = undefined;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      nodes.push({ type: 'heading', level: heading[1]!.length as 2 | 3, text: heading[2]!.trim() });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? undefined : NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = !!numbered;
      if (paragraph.length) flush();
      if (list && list.ordered !== ordered) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]!.trim());
      continue;
    }
    if (list) {
      // A line under a list item without a marker continues that item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return nodes;
}

/** The plain text of a text block (for feeds, search and summaries). */
export function plainText(source: string): string {
  return parseRichText(source)
    .map((n) => (n.type === 'list' ? n.items.join('\n') : n.text))
    .join('\n\n');
}
