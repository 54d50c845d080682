import type { ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';

/** A part of a long page; its heading takes focus when the page's section links lead to it. */
export function GroupSection({
  id,
  title,
  children,
  level = 2,
}: {
  id: string;
  title: string;
  children: ReactNode;
  level?: 2 | 3;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="stack group-section">
      <Heading
        level={level}
        data-size={level === 2 ? 'md' : 'sm'}
        id={`${id}-heading`}
        tabIndex={-1}
      >
        {title}
      </Heading>
      {children}
    </section>
  );
}
