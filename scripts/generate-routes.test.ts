import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTES_FILE, routesSource } from './generate-routes';
import * as routes from '../src/shared/contracts/routes';
import { programmesApi } from '../src/shared/contracts/programmes';
import { authApi } from '../src/shared/contracts/auth';

describe('the routes the browser calls', () => {
  it('are the contracts\' endpoints as they stand (npm run routes:generate after changing one)', async () => {
    expect(readFileSync(ROUTES_FILE, 'utf8')).toBe(await routesSource());
  });

  it('carry each endpoint\'s method and path', () => {
    expect(routes.programmesRoutes.bySlug).toEqual({ method: programmesApi.bySlug.method, path: programmesApi.bySlug.path });
    expect(routes.authRoutes.login).toEqual({ method: authApi.login.method, path: authApi.login.path });
    expect(Object.keys(routes.programmesRoutes).sort()).toEqual(Object.keys(programmesApi).sort());
  });
});
