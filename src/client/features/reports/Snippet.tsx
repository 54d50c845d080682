import type { ReactNode } from 'react';

/** The snippet's words found (between « and ») marked. */
export function Snippet({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  const re = /«([^»]*)»/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    parts.push(text.slice(last, m.index), <mark key={m.index}>{m[1]}</mark>);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
