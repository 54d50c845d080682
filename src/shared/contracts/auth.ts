import { z } from './zod';
import { Id, OkResponse } from './common';
import { endpoint, link } from './endpoint';
import { RoleGrant } from './users';

export const LoginRequest = z.object({
  email: z.string().trim().toLowerCase().min(3).max(200),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

/** Who is signed in, with a CSRF token for state-changing requests. */
export const Me = z.object({
  user: z
    .object({
      id: Id,
      name: z.string(),
      email: z.string(),
      organisationId: Id.nullable(),
      isPlatformAdmin: z.boolean(),
      roles: z.array(RoleGrant),
    })
    .nullable(),
  csrfToken: z.string().nullable().describe('The CSRF token of the session; null for a visitor who has none yet (GET /api/auth/csrf starts one)'),
  oidcEnabled: z.boolean(),
});
export type Me = z.infer<typeof Me>;

/** The token a state-changing request sends in `x-csrf-token`. */
export const CsrfToken = z.object({ csrfToken: z.string() });

/** Only same-site paths may be returned to after sign-in (no open redirect). */
const ReturnTo = z
  .string()
  .max(500)
  .regex(/^\/(?!\/)[^\\]*$/)
  .optional()
  .catch(undefined);

export const OidcLoginQuery = z.object({ returnTo: ReturnTo });
export type OidcLoginQuery = z.infer<typeof OidcLoginQuery>;
/** Whatever the identity provider sends back (code, state, error …); the OIDC client reads it. */
export const OidcCallbackQuery = z.record(z.string(), z.string());
export type OidcCallbackQuery = z.infer<typeof OidcCallbackQuery>;

/** Sign-in and sign-out; the OpenID Connect routes are redirects the browser follows. */
export const authApi = {
  me: endpoint({ method: 'GET', path: '/api/auth/me', response: Me }),
  csrf: endpoint({ method: 'GET', path: '/api/auth/csrf', response: CsrfToken }),
  login: endpoint({ method: 'POST', path: '/api/auth/login', body: LoginRequest, response: Me }),
  logout: endpoint({ method: 'POST', path: '/api/auth/logout', response: OkResponse }),
  oidcLogin: link({ path: '/api/auth/oidc/login', query: OidcLoginQuery }),
  oidcCallback: link({ path: '/api/auth/oidc/callback', query: OidcCallbackQuery }),
};
