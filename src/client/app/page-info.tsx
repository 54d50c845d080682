import { createContext, useContext } from 'react';

/**
 * What a page says about itself while it renders on the server: its HTTP status and the title
 * and description for the document's `<head>`. The server provides a fresh recorder per render
 * and reads it afterwards; in the browser there is none and the hooks only touch the document.
 */
export interface PageInfo {
  status: number;
  title?: string;
  description?: string;
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
