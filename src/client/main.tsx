import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hydrate, type DehydratedState } from '@tanstack/react-query';
import './app/fonts.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './app/app.css';
import { App, createQueryClient } from './app/App';
import { loadLocale } from './app/i18n';
import { splitLocale } from './app/locale';

/** What the server rendered the page from (see server-entry.tsx), in a JSON data block. */
interface ServerState {
  status: number;
  state: DehydratedState;
}

function serverState(): ServerState | undefined {
  const el = document.getElementById('ssr-state');
  if (!el?.textContent) return undefined;
  try {
    return JSON.parse(el.textContent) as ServerState;
  } catch {
    return undefined;
  }
}

const root = document.getElementById('root');
if (root) {
  // The page's language first, so that the first render has its words.
  await loadLocale(splitLocale(window.location.pathname).locale);
  const queryClient = createQueryClient();
  const server = serverState();
  if (server) hydrate(queryClient, server.state);
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );
  // A page the server rendered whole is taken over as it is; a page that failed there (its errors
  // are not sent along) or the admin area's empty shell is rendered here. The page is readable
  // already, so taking it over is a transition: React does it in small slices and a tap or a
  // key press in between is answered at once.
  if (server && server.status === 200 && root.firstElementChild) startTransition(() => void hydrateRoot(root, app));
  else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
}
