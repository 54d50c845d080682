import type { AuthzCases } from './cases';
import { buildApplication, buildCall } from '../factories';
import { multipart } from '../imports';

/**
 * Calls are kept by the programme's secretariat; an application by the contributors of the
 * organisation that applies (and the secretariat). The application here is organisation X's, so
 * the contributor of organisation Y is refused it: NOT_FOUND when reading, FORBIDDEN when
 * changing. Starting an application of one's own (Y's) and listing one's own are allowed.
 */
export const callsAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const call = await buildCall(t.db, { programmeId: ids.programme! });
    ids.call = call.id;
    const application = await buildApplication(t.db, { callId: call.id, organisationId: ids.orgX!, versions: 1 });
    ids.application = application.id;
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused' } as const;
    const upload = multipart({ name: 'budsjett.pdf', content: '%PDF-1.4 budsjett' });
    return {
      'POST /api/programmes/:id/calls': { url: () => `/api/programmes/${ids.programme}/calls`, body: () => ({ title: { nb: 'Ny utlysning' }, eligibleKinds: ['city_district'] }), ...refused },
      'PATCH /api/calls/:id': { url: () => `/api/calls/${ids.call}`, body: () => ({ title: { nb: 'Nytt navn' } }), ...refused },
      'DELETE /api/calls/:id': { url: () => `/api/calls/${ids.call}`, ...refused },
      'PUT /api/calls/:id/deadlines': { url: () => `/api/calls/${ids.call}/deadlines`, body: () => ({ deadlines: [{ deadline: '2030-03-01T12:00:00+01:00', label: { nb: 'Frist' } }] }), ...refused },
      'POST /api/calls/:id/open': { url: () => `/api/calls/${ids.call}/open`, ...refused },
      'POST /api/calls/:id/close': { url: () => `/api/calls/${ids.call}/close`, ...refused },
      'GET /api/calls/:id/applications': { url: () => `/api/calls/${ids.call}/applications`, ...refused },
      // Y's contributor may start Y's own application; B's secretariat belongs to no organisation.
      'POST /api/calls/:id/applications': { url: () => `/api/calls/${ids.call}/applications`, body: () => ({ title: 'Egen søknad' }), otherProgramme: 'refused', otherOrgContributor: 'allowed' },
      'GET /api/applications': { url: () => '/api/applications', otherProgramme: 'allowed', otherOrgContributor: 'allowed', otherGroupParticipant: 'allowed' },
      'GET /api/applications/:id': { url: () => `/api/applications/${ids.application}`, ...refused },
      'PATCH /api/applications/:id': { url: () => `/api/applications/${ids.application}`, body: () => ({ title: 'Kapret', revision: 1 }), ...refused },
      'PUT /api/applications/:id/answers': { url: () => `/api/applications/${ids.application}/answers`, body: () => ({ answers: {}, revision: 1 }), ...refused },
      'POST /api/applications/:id/submit': { url: () => `/api/applications/${ids.application}/submit`, body: () => ({ revision: 1 }), ...refused },
      'POST /api/applications/:id/withdraw': { url: () => `/api/applications/${ids.application}/withdraw`, ...refused },
      'POST /api/applications/:id/return': { url: () => `/api/applications/${ids.application}/return`, body: () => ({ comment: 'Endre budsjettet' }), ...refused },
      'GET /api/applications/:id/versions/:version': { url: () => `/api/applications/${ids.application}/versions/1`, ...refused },
      'GET /api/applications/:id/diff': { url: () => `/api/applications/${ids.application}/diff?from=0&to=1`, ...refused },
      'POST /api/applications/:id/attachments': {
        url: () => `/api/applications/${ids.application}/attachments?field=budget_file`,
        body: () => upload.payload,
        headers: () => upload.headers,
        ...refused,
      },
      'GET /api/applications/:id/attachments/:fileId': { url: () => `/api/applications/${ids.application}/attachments/${ids.application}`, ...refused },
      'GET /api/applications/:id/decision-letter.pdf': { url: () => `/api/applications/${ids.application}/decision-letter.pdf`, ...refused },
    };
  },
};
