import type { MouseEvent } from 'react';
import './section-nav.css';

export interface PageSection {
  /** The section's id; its heading's id is `<id>-heading` and takes focus (tabIndex -1). */
  id: string;
  title: string;
}

/**
 * Links to the parts of a long page, kept in view beside them on wide screens. Following a link
 * moves focus to the part's heading, so that keyboard and screen reader users go on from there.
 */
export function SectionNav({ label, sections }: { label: string; sections: readonly PageSection[] }) {
  const go = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    const heading = document.getElementById(`${id}-heading`);
    if (!heading) return;
    e.preventDefault();
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
    window.history.replaceState(window.history.state, '', `#${id}`);
  };
  return (
    <nav aria-label={label} className="section-nav">
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a className="ds-link" href={`#${s.id}`} onClick={(e) => go(e, s.id)}>
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
