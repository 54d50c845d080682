import { forwardRef, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Link } from '@digdir/designsystemet-react';
import { useLocalePath } from '../app/locale-context';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path without the language prefix; the current language is added. */
  to: string;
  children: ReactNode;
};

/** A design-system link that navigates inside the app, in the current language. */
export const AppLink = forwardRef<HTMLAnchorElement, Props>(function AppLink({ to, children, ...rest }, ref) {
  const href = useLocalePath();
  return (
    <Link asChild>
      <RouterLink ref={ref} to={href(to)} {...rest}>
        {children}
      </RouterLink>
    </Link>
  );
});
