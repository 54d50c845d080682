import { useEffect, useRef, type ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';

/** The heading of a form that opened in place; it takes focus so the form is announced and reached at once. */
export function EditorHeading({ level, children }: { level: 3 | 4 | 5 | 6; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Heading level={level} data-size="xs" ref={ref} tabIndex={-1} className="goal-editor-heading">
      {children}
    </Heading>
  );
}
