import type { TestApp } from '../test-app';
import { buildApplication, buildCall, buildOrganisation, buildProgramme } from '../factories';
import { multipart } from '../imports';
import type { GovernanceArranged } from './governance-cases';

/** One audit case per state-changing route of calls and applications, each on records of its own. */
export function callsAuditCases(app: () => TestApp): Record<string, () => Promise<GovernanceArranged>> {
  const fixture = async (status: 'draft' | 'open' = 'open') => {
    const db = app().db;
    const programme = await buildProgramme(db);
    const call = await buildCall(db, { programmeId: programme.id, status, publishedAt: status === 'open' ? new Date() : null });
    const organisation = await buildOrganisation(db, { kind: 'city_district' });
    return { p: programme.id, call, organisation };
  };
  const withApplication = async (versions = 0) => {
    const f = await fixture();
    const application = await buildApplication(app().db, { callId: f.call.id, organisationId: f.organisation.id, versions });
    return { ...f, application };
  };
  return {
    'POST /api/programmes/:id/calls': async () => {
      const { p } = await fixture();
      return {
        url: `/api/programmes/${p}/calls`,
        body: { title: { nb: 'Tilskudd 2026' }, eligibleKinds: ['city_district'], budgetFrame: 1000000 },
        entry: (r) => ({ action: 'create', entityType: 'call', entityId: r.id, programmeId: p, before: null, after: { status: 'draft', budgetFrame: 1000000 } }),
      };
    },
    'PATCH /api/calls/:id': async () => {
      const { p, call } = await fixture('draft');
      return { url: `/api/calls/${call.id}`, body: { budgetFrame: 500 }, entry: () => ({ action: 'update', entityType: 'call', entityId: call.id, programmeId: p, before: { budgetFrame: null, revision: 1 }, after: { budgetFrame: 500, revision: 2 } }) };
    },
    'DELETE /api/calls/:id': async () => {
      const { p, call } = await fixture('draft');
      return { url: `/api/calls/${call.id}`, entry: () => ({ action: 'delete', entityType: 'call', entityId: call.id, programmeId: p, before: { title: call.title }, after: null }) };
    },
    'PUT /api/calls/:id/deadlines': async () => {
      const { p, call } = await fixture('draft');
      return {
        url: `/api/calls/${call.id}/deadlines`,
        body: { deadlines: [{ deadline: '2030-03-01T12:00:00Z', label: { nb: 'Vårfrist' } }] },
        entry: () => ({ action: 'update', entityType: 'call', entityId: call.id, programmeId: p, before: { revision: 1 }, after: { deadlines: ['2030-03-01T12:00:00.000Z Vårfrist'], revision: 2 } }),
      };
    },
    'POST /api/calls/:id/open': async () => {
      const { p, call } = await fixture('draft');
      return { url: `/api/calls/${call.id}/open`, entry: () => ({ action: 'update', entityType: 'call', entityId: call.id, programmeId: p, before: { status: 'draft' }, after: { status: 'open' } }) };
    },
    'POST /api/calls/:id/close': async () => {
      const { p, call } = await fixture();
      return { url: `/api/calls/${call.id}/close`, entry: () => ({ action: 'update', entityType: 'call', entityId: call.id, programmeId: p, before: { status: 'open' }, after: { status: 'closed' } }) };
    },
    'POST /api/calls/:id/applications': async () => {
      const { p, call, organisation } = await fixture();
      return {
        url: `/api/calls/${call.id}/applications`,
        body: { title: 'Sommerjobb', organisationId: organisation.id },
        entry: (r) => ({ action: 'create', entityType: 'application', entityId: r.id, programmeId: p, before: null, after: { status: 'draft', title: 'Sommerjobb', organisationId: organisation.id } }),
      };
    },
    'PATCH /api/applications/:id': async () => {
      const { p, application } = await withApplication();
      return { url: `/api/applications/${application.id}`, body: { title: 'Nytt navn', revision: 1 }, entry: () => ({ action: 'update', entityType: 'application', entityId: application.id, programmeId: p, before: { title: application.title, revision: 1 }, after: { title: 'Nytt navn', revision: 2 } }) };
    },
    'PUT /api/applications/:id/answers': async () => {
      const { p, application } = await withApplication();
      return {
        url: `/api/applications/${application.id}/answers`,
        body: { answers: { summary: 'Leksehjelp', amount: 1000 }, revision: 1 },
        entry: () => ({ action: 'update', entityType: 'application', entityId: application.id, programmeId: p, before: { answers: { summary: 'Sommerjobb for ungdom', amount: null } }, after: { answers: { summary: 'Leksehjelp', amount: 1000 } } }),
      };
    },
    'POST /api/applications/:id/submit': async () => {
      const { p, application } = await withApplication();
      return { url: `/api/applications/${application.id}/submit`, body: { revision: 1 }, entry: () => ({ action: 'update', entityType: 'application', entityId: application.id, programmeId: p, before: { status: 'draft', currentVersion: 0 }, after: { status: 'submitted', currentVersion: 1 } }) };
    },
    'POST /api/applications/:id/withdraw': async () => {
      const { p, application } = await withApplication(1);
      return { url: `/api/applications/${application.id}/withdraw`, entry: () => ({ action: 'update', entityType: 'application', entityId: application.id, programmeId: p, before: { status: 'submitted' }, after: { status: 'withdrawn' } }) };
    },
    'POST /api/applications/:id/return': async () => {
      const { p, application } = await withApplication(1);
      return {
        url: `/api/applications/${application.id}/return`,
        body: { comment: 'Beskriv målgruppen.' },
        entry: () => ({ action: 'update', entityType: 'application', entityId: application.id, programmeId: p, before: { status: 'submitted', returnComment: null }, after: { status: 'returned', returnComment: 'Beskriv målgruppen.' } }),
      };
    },
    'POST /api/applications/:id/attachments': async () => {
      const { p, application } = await withApplication();
      const upload = multipart({ name: 'budsjett.pdf', content: '%PDF-1.4 budsjett' });
      return {
        url: `/api/applications/${application.id}/attachments?field=budget_file`,
        body: upload.payload,
        headers: upload.headers,
        entry: () => ({ action: 'update', entityType: 'application', entityId: application.id, programmeId: p, before: { attachment: null }, after: { attachment: { field: 'budget_file', name: 'budsjett.pdf', type: 'pdf', size: 17 } } }),
      };
    },
  };
}
