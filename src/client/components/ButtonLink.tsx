import type { ReactNode } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useLocalePath } from '../app/locale-context';

interface Props {
  /** A path without the language prefix; the current language is added. */
  to: string;
  variant?: 'primary' | 'secondary' | 'tertiary';
  children: ReactNode;
}

/** A link that looks like a button ("New organisation"), navigating inside the app. */
export function ButtonLink({ to, variant, children }: Props) {
  const href = useLocalePath();
  return (
    <Button asChild variant={variant}>
      <RouterLink to={href(to)}>{children}</RouterLink>
    </Button>
  );
}
