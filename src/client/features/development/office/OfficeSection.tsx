import type { ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';

/** A part of an office page: its heading takes focus from the section links (see SectionNav). */
export function OfficeSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="stack office-section">
      <Heading level={2} data-size="md" id={`${id}-heading`} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
