import { expect, request, type APIRequestContext } from '@playwright/test';
import { ACCOUNTS, DEMO_PASSWORD } from './fixtures';

/**
 * Governance records for the public pages' journeys, made through the API as Hedmark's
 * secretariat: a steering group with members and two meetings (one with published minutes, one
 * with a published notice), an expert group with a mandate in three versions and a working group
 * under it. Made once per run, with names of their own.
 */
export interface GovernanceData {
  slug: string;
  stamp: string;
  steering: { id: string; name: string };
  expert: { id: string; name: string };
  working: { id: string; name: string };
  versions: string[];
  pastMeeting: string;
  nextMeeting: string;
  exemptTitle: string;
  openTitle: string;
  decisionText: string;
}

export const EXEMPTION_BASIS = 'offl. § 13 jf. fvl. § 13';
export const MANDATE_TEXTS = [
  'Faggruppa skal gi råd om lesing i barnehage og skole.',
  'Faggruppa skal gi faglige råd om lesing og skriving i barnehage og skole.',
  'Faggruppa skal gi faglige råd om lesing, skriving og regning i barnehage, skole og SFO.',
];
export const MANDATE_TEXT_NN = 'Faggruppa skal gi faglege råd om lesing, skriving og rekning i barnehage, skule og SFO.';

class Api {
  constructor(
    private readonly ctx: APIRequestContext,
    private token: string,
  ) {}

  static async signIn(baseURL: string, email: string): Promise<Api> {
    const ctx = await request.newContext({ baseURL });
    const csrf = await (await ctx.get('/api/auth/csrf')).json();
    const me = await ctx.post('/api/auth/login', { headers: { 'x-csrf-token': csrf.csrfToken }, data: { email, password: DEMO_PASSWORD } });
    expect(me.status(), await me.text()).toBe(200);
    return new Api(ctx, (await me.json()).csrfToken);
  }

  async get(path: string) {
    const res = await this.ctx.get(path);
    expect(res.status(), `GET ${path}: ${await res.text()}`).toBe(200);
    return res.json();
  }

  async send(method: 'POST' | 'PUT' | 'PATCH', path: string, data?: unknown) {
    const res = await this.ctx.fetch(path, { method, headers: { 'x-csrf-token': this.token }, data });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    return res.json();
  }

  dispose() {
    return this.ctx.dispose();
  }
}

const days = (n: number) => new Date(Date.now() + n * 86_400_000);
const at = (d: Date, hour: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour - 1)).toISOString();

let made: Promise<GovernanceData> | undefined;

export function governanceData(baseURL: string): Promise<GovernanceData> {
  made ??= make(baseURL);
  return made;
}

async function make(baseURL: string): Promise<GovernanceData> {
  const api = await Api.signIn(baseURL, ACCOUNTS.hedmarkSecretariat);
  const slug = 'kultur-for-laering';
  const stamp = String(Date.now()).slice(-5);
  const programme = await api.get(`/api/programmes/by-slug/${slug}`);
  const orgs = (await api.get('/api/organisations?limit=5')).items as { id: string; name: string }[];
  const [orgA, orgB = orgA] = orgs;

  const body = (data: Record<string, unknown>) => api.send('POST', `/api/programmes/${programme.id}/bodies`, { isPublic: true, ...data });
  const steeringName = `Styringsgruppa ${stamp}`;
  const steering = await body({ kind: 'steering_group', name: { nb: steeringName }, meetingFrequency: { nb: '4 ganger i året', nn: '4 gonger i året' }, secretariatOrganisationId: orgA!.id });
  const expertName = `Faggruppa for lesing ${stamp}`;
  const expert = await body({ kind: 'expert_group', name: { nb: expertName }, description: { nb: 'Faggruppa gir råd til styringsgruppa.' } });
  const workingName = `Arbeidsgruppa for lesestart ${stamp}`;
  const working = await body({ kind: 'working_group', name: { nb: workingName }, parentId: expert.id });

  const person = (name: string, organisationId: string) => api.send('POST', '/api/people', { name, organisationId, ownerProgrammeId: programme.id });
  const member = (bodyId: string, data: Record<string, unknown>) => api.send('POST', `/api/bodies/${bodyId}/members`, { validFrom: '2024-01-01', ...data });
  const chair = await member(steering.id, { personId: (await person(`Kari Leder ${stamp}`, orgA!.id)).id, organisationId: orgA!.id, role: 'chair' });
  const ola = await member(steering.id, { personId: (await person(`Ola Medlem ${stamp}`, orgB!.id)).id, organisationId: orgB!.id, role: 'member' });
  await member(steering.id, { personId: (await person(`Per Vara ${stamp}`, orgB!.id)).id, organisationId: orgB!.id, role: 'personal_deputy', deputyForId: ola.id });
  await member(steering.id, { personId: (await person(`Lise Observatør ${stamp}`, orgA!.id)).id, organisationId: orgA!.id, role: 'observer' });
  await member(steering.id, { personId: (await person(`Gunnar Tidligere ${stamp}`, orgA!.id)).id, organisationId: orgA!.id, role: 'member', validFrom: '2020-01-01', validTo: '2023-12-31' });

  const versions: string[] = [];
  const sources = ['vedtatt i styringsgruppa 12.03.14', 'revidert 17.11.16 med vedtak i styringsgruppa', 'revidert 20.01.20 med vedtak i styringsgruppa'];
  const dates = ['2014-03-12', '2016-11-17', '2020-01-20'];
  for (let i = 0; i < 3; i++) {
    const text = i === 2 ? { nb: MANDATE_TEXTS[i], nn: MANDATE_TEXT_NN } : { nb: MANDATE_TEXTS[i] };
    versions.push((await api.send('POST', `/api/bodies/${expert.id}/mandate-versions`, { text, effectiveFrom: dates[i], citedSource: sources[i] })).id);
  }

  const openTitle = `Budsjett for lesesatsingen ${stamp}`;
  const exemptTitle = `Søknad om tilskudd ${stamp}`;
  const decisionText = `Styringsgruppa vedtar budsjettet for lesesatsingen ${stamp}.`;
  const kase = (data: Record<string, unknown>) => api.send('POST', `/api/bodies/${steering.id}/cases`, data);
  const exempt = (title: string) =>
    kase({ type: 'decision', title: { nb: title }, internalTitle: { nb: `Søknad fra Elverum barnehage ${stamp}` }, paper: { nb: 'Hemmelig saksframlegg om en navngitt barnehage.' }, proposedDecision: { nb: 'Søknaden innvilges.' }, isExempt: true, exemptionBasis: EXEMPTION_BASIS });

  // A meeting two weeks ago: notice, held, attendance, decisions, minutes approved and published.
  const past = await api.send('POST', `/api/bodies/${steering.id}/meetings`, { title: { nb: `Møte om budsjett ${stamp}` }, startsAt: at(days(-14), 10), endsAt: at(days(-14), 12), place: 'Hamar rådhus' });
  const open = await kase({ type: 'decision', title: { nb: openTitle }, paper: { nb: 'Saksframlegget om budsjettet.' }, proposedDecision: { nb: decisionText } });
  const closed = await exempt(exemptTitle);
  await api.send('POST', `/api/meetings/${past.id}/items`, { caseId: open.id });
  await api.send('POST', `/api/meetings/${past.id}/items`, { caseId: closed.id });
  await api.send('POST', `/api/meetings/${past.id}/notice`);
  await api.send('POST', `/api/meetings/${past.id}/held`);
  await api.send('PUT', `/api/meetings/${past.id}/attendance`, {
    entries: [
      { membershipId: chair.id, status: 'present' },
      { membershipId: ola.id, status: 'absent_notified' },
    ],
  });
  const detail = await api.get(`/api/meetings/${past.id}`);
  for (const item of detail.items as { id: string }[]) await api.send('POST', `/api/agenda-items/${item.id}/decision`, { outcome: 'adopted' });
  await api.send('POST', `/api/meetings/${past.id}/minutes/approval`, { by: 'chair' });
  await api.send('POST', `/api/meetings/${past.id}/minutes/publication`);

  // A meeting in ten days with its notice out, an exempt case on the agenda.
  const next = await api.send('POST', `/api/bodies/${steering.id}/meetings`, { startsAt: at(days(10), 10), endsAt: at(days(10), 12), place: 'Hamar rådhus', onlineUrl: 'https://meet.example.org/styringsgruppa' });
  const nextExempt = await exempt(`${exemptTitle} II`);
  await api.send('POST', `/api/meetings/${next.id}/items`, { caseId: nextExempt.id });
  await api.send('POST', `/api/meetings/${next.id}/notice`);

  await api.dispose();
  return {
    slug,
    stamp,
    steering: { id: steering.id, name: steeringName },
    expert: { id: expert.id, name: expertName },
    working: { id: working.id, name: workingName },
    versions,
    pastMeeting: past.id,
    nextMeeting: next.id,
    exemptTitle,
    openTitle,
    decisionText,
  };
}
