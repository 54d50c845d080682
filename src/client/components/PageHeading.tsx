import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from '../app/translation';
import { useRouteFocus } from '../app/route-focus';
import { usePageInfo } from '../app/page-info';

/** Search results show about 160 characters of a description: a longer text ends at a word with "…". */
const DESCRIPTION_LENGTH = 200;

export function shortDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_LENGTH) return flat;
  const cut = flat.slice(0, DESCRIPTION_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * Names the page: "<page> – Samordna" in the browser tab and in the server-rendered `<head>`,
 * with the page's description for search results and link previews when it has one.
 */
export function usePageTitle(title: string | undefined, description?: string): void {
  const { t } = useTranslation();
  const site = t('app.name');
  const fullTitle = title ? `${title} – ${site}` : site;
  const text = shortDescription(description?.trim() || t('app.description'));
  usePageInfo()?.record({ title: fullTitle, description: text });
  useEffect(() => {
    document.title = fullTitle;
    document.querySelector('meta[name="description"]')?.setAttribute('content', text);
  }, [fullTitle, text]);
}

/**
 * The page's one h1. It also names the page in the browser tab, marks it live (`<html data-live>`) and takes focus after
 * navigation, which announces the new page to screen readers.
 */
export function PageHeading({ title, description, children, lang, dir }: { title: string; description?: string; children?: ReactNode; lang?: string; dir?: 'ltr' | 'rtl' }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const focus = useRouteFocus();
  usePageTitle(title, description);
  useEffect(() => {
    if (focus.claim(pathname)) ref.current?.focus();
    // The page is live (hydrated or rendered here): its controls answer. End-to-end tests wait for it.
    document.documentElement.dataset.live = '';
  }, [focus, pathname]);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="page-heading" lang={lang} dir={dir}>
      {children ?? title}
    </Heading>
  );
}
