import { createContext, useContext, useState, type ReactNode } from 'react';

interface RouteFocus {
  /** True once per new path: the page's heading should take focus so the change is announced. */
  claim(pathname: string): boolean;
}

const RouteFocusContext = createContext<RouteFocus>({ claim: () => false });

function createRouteFocus(): RouteFocus {
  let handled: string | null = null;
  return {
    claim(pathname) {
      if (handled === null) {
        handled = pathname;
        return false;
      }
      if (handled === pathname) return false;
      handled = pathname;
      return true;
    },
  };
}

/**
 * Moves focus to the new page's h1 after client-side navigation, so screen readers announce the
 * page and keyboard users start from the top of the content. The first page load keeps the
 * browser's own focus handling.
 */
export function RouteFocusProvider({ children }: { children: ReactNode }) {
  const [value] = useState(createRouteFocus);
  return <RouteFocusContext.Provider value={value}>{children}</RouteFocusContext.Provider>;
}

export function useRouteFocus(): RouteFocus {
  return useContext(RouteFocusContext);
}
