import type { ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';

/** A part of a long admin page: its heading takes focus from the section links. */
export function AdminSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="stack edit-section">
      <Heading level={2} data-size="md" id={`${id}-heading`} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
