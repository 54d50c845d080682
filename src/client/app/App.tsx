import { useState } from 'react';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { isApiError } from './api';
import { ME_KEY } from './auth';
import { RouteFocusProvider } from './route-focus';
import { AppRoutes } from './routes';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // The session ended (expired, or signed out in another tab): refresh who is signed in, so
        // the admin area sends the user to sign in instead of showing errors.
        if (isApiError(error) && error.code === 'UNAUTHENTICATED') void client.invalidateQueries({ queryKey: ME_KEY });
      },
    }),
    defaultOptions: {
      queries: {
        // A 4xx answer will not change by asking again; only network and server failures are retried.
        retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
    },
  });
  return client;
}

/** The application inside a router: the browser's (below) or the server's static one. */
export function AppContent({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouteFocusProvider>
        <AppRoutes />
      </RouteFocusProvider>
    </QueryClientProvider>
  );
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <BrowserRouter>
      <AppContent queryClient={client} />
    </BrowserRouter>
  );
}
