import { createContext, useContext, useEffect } from 'react';
import type { PageFeed } from '../../shared/contracts/site';

/**
 * What a page says about itself while it renders on the server: its HTTP status and the title
 * and description for the document's `<head>`. The server provides a fresh recorder per render
 * and reads it afterwards; in the browser there is none and the hooks only touch the document.
 */
export interface PageInfo {
  status: number;
  title?: string;
  description?: string;
  /** Feeds of the page (RSS, iCalendar), as `<link rel="alternate">` in the head. */
  feeds?: PageFeed[];
}

export interface PageInfoRecorder {
  readonly info: PageInfo;
  record(part: Partial<PageInfo>): void;
}

export function pageInfoRecorder(): PageInfoRecorder {
  const info: PageInfo = { status: 200 };
  return { info, record: (part) => void Object.assign(info, part) };
}

const PageInfoContext = createContext<PageInfoRecorder | null>(null);

export const PageInfoProvider = PageInfoContext.Provider;

/** The page's recorder while rendering on the server; null in the browser. */
export function usePageInfo(): PageInfoRecorder | null {
  return useContext(PageInfoContext);
}

/** Marks the page being rendered as answering with this status (404 for "not found"). */
export function usePageStatus(status: number): void {
  usePageInfo()?.record({ status });
}

/**
 * Names the page's feeds (RSS, iCalendar) for the document's head: recorded on the server; in the
 * browser they replace the head's feed links while the page is shown.
 */
export function usePageFeeds(feeds: readonly PageFeed[]): void {
  usePageInfo()?.record({ feeds: [...feeds] });
  const key = JSON.stringify(feeds);
  useEffect(() => {
    const list = JSON.parse(key) as PageFeed[];
    document.head.querySelectorAll('link[data-page-feed]').forEach((el) => el.remove());
    const added = list.map((feed) => {
      const el = document.createElement('link');
      el.rel = 'alternate';
      el.type = feed.type;
      el.title = feed.title;
      el.href = feed.href;
      el.dataset.pageFeed = '';
      document.head.append(el);
      return el;
    });
    return () => added.forEach((el) => el.remove());
  }, [key]);
}
