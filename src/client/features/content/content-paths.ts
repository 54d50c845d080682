import type { ContentKind } from '../../../shared/domain/content';

/** The public pages of a programme's own content (see SITE_PAGES). */
export const newsListPath = (programmeSlug: string) => `/program/${programmeSlug}/nyheter`;
export const contentPath = (programmeSlug: string, item: { kind: ContentKind; id: string; slug: string | null }) =>
  item.kind === 'page' ? `/program/${programmeSlug}/sider/${item.slug ?? ''}` : `/program/${programmeSlug}/nyheter/${item.id}`;
