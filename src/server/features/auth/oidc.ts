import * as client from 'openid-client';
import type { Db } from '../../db/client';
import type { Config } from '../../config';
import { AppError } from '../../http/errors';
import type { UserRow } from '../users/users.table';
import { findUserRowByEmail, findUserRowByIdentity, findUserRowBySubject, linkIdentity } from '../users/users.repo';

type OidcConfig = NonNullable<Config['oidc']>;

/**
 * Authentication levels in rising order. ID-porten's current names and their older
 * equivalents share a rank, so a minimum can be given in either naming.
 */
const ACR_RANK: Record<string, number> = {
  'idporten-loa-low': 1,
  Level2: 1,
  'idporten-loa-substantial': 2,
  Level3: 2,
  'idporten-loa-high': 3,
  Level4: 3,
};

export function acrSatisfies(acr: unknown, min: string | undefined): boolean {
  if (!min) return true;
  if (typeof acr !== 'string') return false;
  if (acr === min) return true;
  const need = ACR_RANK[min];
  const have = ACR_RANK[acr];
  return need !== undefined && have !== undefined && have >= need;
}

export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export interface OidcClient {
  name: string;
  begin(redirectUri: string, returnTo: string): Promise<{ url: string; pending: PendingLogin }>;
  finish(db: Db, callbackUrl: URL, pending: PendingLogin): Promise<UserRow>;
}

/** Server-side authorization-code flow with PKCE; tokens stay on the server and are dropped after sign-in. */
export function oidcClient(cfg: OidcConfig): OidcClient {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () =>
    (discovered ??= client
      .discovery(new URL(cfg.issuer), cfg.clientId, cfg.clientSecret, undefined, cfg.allowInsecure ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((e: unknown) => {
        discovered = undefined;
        throw new AppError('OIDC_FAILED', `The identity provider at ${cfg.issuer} could not be reached: ${e instanceof Error ? e.message : String(e)}`);
      }));

  return {
    name: cfg.name,
    async begin(redirectUri, returnTo) {
      const config = await configuration();
      const pending: PendingLogin = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        returnTo,
      };
      const params: Record<string, string> = {
        redirect_uri: redirectUri,
        scope: cfg.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      };
      if (cfg.acrValues) params.acr_values = cfg.acrValues;
      return { url: client.buildAuthorizationUrl(config, params).href, pending };
    },
    async finish(db, callbackUrl, pending) {
      const config = await configuration();
      let claims: client.IDToken | undefined;
      let extra: Record<string, unknown> = {};
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims();
        // Many providers keep profile claims such as e-mail out of the ID token: ask userinfo.
        if (claims && claims[cfg.userClaim] === undefined) {
          extra = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        }
      } catch (e) {
        throw new AppError('OIDC_FAILED', `Sign-in with ${cfg.name} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (!claims) throw new AppError('OIDC_FAILED', 'The identity provider returned no ID token');
      if (!acrSatisfies(claims.acr, cfg.minAcr)) {
        throw new AppError('OIDC_FAILED', `The sign-in level ${String(claims.acr)} is below the required ${cfg.minAcr}`);
      }
      const issuer = claims.iss;
      const subject = claims.sub;
      let user = await findUserRowByIdentity(db, issuer, subject);
      if (!user) {
        const value = claims[cfg.userClaim] ?? extra[cfg.userClaim];
        if (typeof value !== 'string' || value === '') {
          throw new AppError('OIDC_FAILED', `The identity provider did not send the claim ${cfg.userClaim}`);
        }
        const match = cfg.userClaim === 'sub' ? await findUserRowBySubject(db, value) : await findUserRowByEmail(db, value);
        if (!match) {
          throw new AppError('OIDC_FAILED', `No Samordna account belongs to ${value}. Ask the programme office for access.`);
        }
        user = match;
      }
      if (user.isDisabled) throw new AppError('OIDC_FAILED', 'This account is disabled');
      return linkIdentity(db, user.id, issuer, subject);
    },
  };
}
