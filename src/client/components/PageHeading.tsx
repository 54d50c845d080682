import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useRouteFocus } from '../app/route-focus';

/** Sets the document title: "<page> – Samordna". */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const site = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} – ${site}` : site;
  }, [title, site]);
}

/**
 * The page's one h1. It also names the page in the browser tab and takes focus after
 * navigation, which announces the new page to screen readers.
 */
export function PageHeading({ title, children, lang }: { title: string; children?: ReactNode; lang?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const focus = useRouteFocus();
  usePageTitle(title);
  useEffect(() => {
    if (focus.claim(pathname)) ref.current?.focus();
  }, [focus, pathname]);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="page-heading" lang={lang}>
      {children ?? title}
    </Heading>
  );
}
