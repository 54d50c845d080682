import { readFileSync } from 'node:fs';
import type { AuthzCases } from './cases';
import { buildIndicator, buildUser } from '../factories';
import { statisticsFixture } from '../fixtures';
import { multipart } from '../imports';

let seq = 0;
const file = () => multipart({ name: 'kostra.json', content: readFileSync(statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json')) });
const body = file();

const mapping = {
  area: { dimension: 'KOKbydelsregion0000', codes: { EAB: '0301', '030101': null, '030112': null } },
  period: { dimension: 'Tid' },
  indicator: { dimension: 'ContentsCode', categories: { SYNTHratePer1000: 'authz-import' } },
};

/**
 * Statistics imports serve the shared catalogue: any secretariat or analyst may upload, preview
 * and follow imports; a contributor may not. Figures go only into indicators the importer's
 * programme keeps: the fixture's indicator is a shared national one (no owner), so only platform
 * administrators import into it. The fixture is an upload of the synthetic KOSTRA file (area
 * 0301 comes from the common fixture), an import of it, and a saved mapping.
 */
/** A mapping step left half-way: the period dimension not yet chosen. */
const draft = {
  dataset: 0,
  dimensions: { KOKbydelsregion0000: { use: 'area', category: '', total: '' }, Tid: { use: 'none', category: '', total: '' } },
  fixed: { area: '', period: '', indicator: '' },
  indicatorCategories: {},
  areaCodes: { EAB: '0301' },
  skipUnknown: false,
  sourceUrl: '',
};

export const importAuthz: AuthzCases = {
  async setup({ t, ids }) {
    await buildIndicator(t.db, { code: 'authz-import' });
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    const b = file();
    const uploaded = await admin.request({ method: 'POST', url: '/api/statistics/uploads', payload: b.payload, headers: b.headers });
    if (uploaded.statusCode !== 201) throw new Error(`authz upload: ${uploaded.statusCode} ${uploaded.body}`);
    ids.upload = uploaded.json().id as string;
    const started = await admin.post('/api/statistics/imports', { uploadId: ids.upload, mapping });
    if (started.statusCode !== 202) throw new Error(`authz import: ${started.statusCode} ${started.body}`);
    ids.import = started.json().id as string;
    const saved = await admin.post('/api/statistics/mappings', { name: 'Authz mapping', mapping });
    ids.mapping = saved.json().id as string;
  },
  cases: (ids) => ({
    'POST /api/statistics/uploads': {
      url: () => '/api/statistics/uploads',
      body: () => body.payload,
      headers: () => body.headers,
      otherProgramme: 'allowed',
      otherOrgContributor: 'refused',
    },
    'GET /api/statistics/uploads/:id': { url: () => `/api/statistics/uploads/${ids.upload}`, otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'PUT /api/statistics/uploads/:id/draft': {
      url: () => `/api/statistics/uploads/${ids.upload}/draft`,
      body: () => draft,
      otherProgramme: 'allowed',
      otherOrgContributor: 'refused',
    },
    'POST /api/statistics/uploads/:id/preview': {
      url: () => `/api/statistics/uploads/${ids.upload}/preview`,
      body: () => mapping,
      otherProgramme: 'allowed',
      otherOrgContributor: 'refused',
    },
    'POST /api/statistics/imports': {
      url: () => '/api/statistics/imports',
      body: () => ({ uploadId: ids.upload, mapping }),
      otherProgramme: 'refused',
      otherOrgContributor: 'refused',
    },
    'GET /api/statistics/imports': { url: () => '/api/statistics/imports', otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'GET /api/statistics/imports/:id': { url: () => `/api/statistics/imports/${ids.import}`, otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'GET /api/statistics/imports/:id/changes': { url: () => `/api/statistics/imports/${ids.import}/changes`, otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'POST /api/statistics/imports/:id/cancel': { url: () => `/api/statistics/imports/${ids.import}/cancel`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'POST /api/statistics/imports/:id/restart': { url: () => `/api/statistics/imports/${ids.import}/restart`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'GET /api/statistics/mappings': { url: () => '/api/statistics/mappings', otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'GET /api/statistics/mappings/:id': { url: () => `/api/statistics/mappings/${ids.mapping}`, otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'POST /api/statistics/mappings': {
      url: () => '/api/statistics/mappings',
      body: () => ({ name: `Mapping ${seq++}`, mapping }),
      otherProgramme: 'allowed',
      otherOrgContributor: 'refused',
    },
    'PUT /api/statistics/mappings/:id': {
      url: () => `/api/statistics/mappings/${ids.mapping}`,
      body: () => ({ name: 'Authz mapping', mapping }),
      otherProgramme: 'allowed',
      otherOrgContributor: 'refused',
    },
    'DELETE /api/statistics/mappings/:id': { url: () => `/api/statistics/mappings/${ids.mapping}`, otherProgramme: 'allowed', otherOrgContributor: 'refused' },
  }),
};
