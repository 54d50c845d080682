import type { Block, ContentDraft, ContentDraftInput } from '../../../../shared/contracts/content';
import type { BlockKind, EmbedList } from '../../../../shared/domain/content';
import type { Locale } from '../../../../shared/domain/localized';

/** A text in three languages as a form holds it (empty: not written). */
export type Texts = Record<Locale, string>;
export const noTexts = (): Texts => ({ nb: '', nn: '', en: '' });
export const texts = (t: { nb?: string | null; nn?: string | null; en?: string | null } | null | undefined): Texts => ({ nb: t?.nb ?? '', nn: t?.nn ?? '', en: t?.en ?? '' });
const sent = (t: Texts) => ({ nb: t.nb, nn: t.nn.trim() ? t.nn : null, en: t.en.trim() ? t.en : null });

export interface LinkState {
  label: Texts;
  url: string;
}
export interface ContactState {
  name: string;
  role: Texts;
  organisation: string;
  email: string;
  phone: string;
}

/** A block as the editor holds it: every text a string, every list an array. */
export type BlockState =
  | { kind: 'text'; key: string; body: Texts }
  | { kind: 'image'; key: string; imageId: string; alt: Texts; caption: Texts }
  | { kind: 'links'; key: string; title: Texts; items: LinkState[] }
  | { kind: 'contacts'; key: string; title: Texts; items: ContactState[] }
  | { kind: 'embed'; key: string; list: EmbedList; limit: number; title: Texts };

export interface DraftState {
  title: Texts;
  lead: Texts;
  date: string;
  slug: string;
  blocks: BlockState[];
}

let counter = 0;
/** A key for a new block, unique within the page. */
export const newKey = () => `b${Date.now().toString(36)}${(counter++).toString(36)}`;

export const emptyLink = (): LinkState => ({ label: noTexts(), url: '' });
export const emptyContact = (): ContactState => ({ name: '', role: noTexts(), organisation: '', email: '', phone: '' });

export function newBlock(kind: BlockKind): BlockState {
  const key = newKey();
  switch (kind) {
    case 'text':
      return { kind, key, body: noTexts() };
    case 'image':
      return { kind, key, imageId: '', alt: noTexts(), caption: noTexts() };
    case 'links':
      return { kind, key, title: noTexts(), items: [emptyLink()] };
    case 'contacts':
      return { kind, key, title: noTexts(), items: [emptyContact()] };
    case 'embed':
      return { kind, key, list: 'goals', limit: 5, title: noTexts() };
  }
}

function blockState(b: Block): BlockState {
  switch (b.kind) {
    case 'text':
      return { kind: 'text', key: b.key, body: texts(b.body) };
    case 'image':
      return { kind: 'image', key: b.key, imageId: b.imageId, alt: texts(b.alt), caption: texts(b.caption) };
    case 'links':
      return { kind: 'links', key: b.key, title: texts(b.title), items: b.items.map((i) => ({ label: texts(i.label), url: i.url })) };
    case 'contacts':
      return {
        kind: 'contacts',
        key: b.key,
        title: texts(b.title),
        items: b.items.map((c) => ({ name: c.name, role: texts(c.role), organisation: c.organisation ?? '', email: c.email ?? '', phone: c.phone ?? '' })),
      };
    case 'embed':
      return { kind: 'embed', key: b.key, list: b.list, limit: b.limit, title: texts(b.title) };
  }
}

export function draftState(draft: ContentDraft | null, slug: string | null): DraftState {
  return {
    title: texts(draft?.title),
    lead: texts(draft?.lead),
    date: draft?.date ?? '',
    slug: slug ?? '',
    blocks: (draft?.blocks ?? []).map(blockState),
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

function blockInput(b: BlockState): ContentDraftInput['blocks'][number] {
  switch (b.kind) {
    case 'text':
      return { kind: 'text', key: b.key, body: sent(b.body) };
    case 'image':
      return { kind: 'image', key: b.key, imageId: b.imageId, alt: sent(b.alt), caption: sent(b.caption) };
    case 'links':
      return { kind: 'links', key: b.key, title: sent(b.title), items: b.items.map((i) => ({ label: sent(i.label), url: i.url.trim() })) };
    case 'contacts':
      return {
        kind: 'contacts',
        key: b.key,
        title: sent(b.title),
        items: b.items.map((c) => ({ name: c.name, role: sent(c.role), organisation: orNull(c.organisation), email: orNull(c.email), phone: orNull(c.phone) })),
      };
    case 'embed':
      return { kind: 'embed', key: b.key, list: b.list, limit: b.limit, title: sent(b.title) };
  }
}

/** The draft as the API takes it. */
export function draftInput(s: DraftState): ContentDraftInput {
  return { title: sent(s.title), lead: sent(s.lead), date: s.date || null, blocks: s.blocks.map(blockInput) };
}

/** The draft as the preview shows it, before it is saved: what the API would keep, near enough. */
export function previewDraft(s: DraftState): Pick<ContentDraft, 'blocks'> {
  return { blocks: draftInput(s).blocks.filter((b) => b.kind !== 'image' || b.imageId) as Block[] };
}
