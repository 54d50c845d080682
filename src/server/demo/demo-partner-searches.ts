import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { organisations } from '../features/organisations/organisations.table';
import { partnerSearches } from '../features/portfolio/partner-searches.table';
import { projectChangeRequests } from '../features/portfolio/project-changes.table';
import { projects } from '../features/portfolio/projects.table';
import { programmes } from '../features/programmes/programmes.table';
import { users } from '../features/users/users.table';

/**
 * Bydel Sagene's partner searches (seed 004: it gets them through its network and the Oslo
 * region's European office, and weighs how a project can involve staff across disciplines and at
 * every level): the Vilnius housing project it joined, one it declined and why, and one it is
 * assessing now; and the Vilnius project's extension, approved by the board. Names of the
 * searches abroad and the dates are illustrative.
 */
export async function loadDemoPartnerSearches(tx: Tx): Promise<number> {
  const [oslo] = await tx.select().from(programmes).where(eq(programmes.slug, 'oppvekst-og-utdanning'));
  if (!oslo) return 0;
  const [sagene] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, 'Bydel Sagene'));
  const [hanne] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'bidragsyter.sagene@samordna.test'));
  const projectNamed = async (title: string) =>
    (await tx.select().from(projects).where(and(eq(projects.programmeId, oslo.id), sql`${projects.title}->>'nb' like ${`${title}%`}`)))[0];
  const vilnius = await projectNamed('Botilbud for ungdom i Vilnius');
  if (!sagene || !vilnius) return 0;
  const base = { programmeId: oslo.id, organisationId: sagene.id, source: 'Osloregionens Europakontor' };
  const rows = await tx
    .insert(partnerSearches)
    .values([
      {
        ...base,
        title: 'Botilbud for ungdom i Vilnius',
        leadOrganisation: 'Vilniaus miesto savivaldybė',
        leadCountry: 'LT',
        fundingProgramme: 'eea_norway_grants',
        fundingProgrammeName: 'Norway Grants',
        summary: 'Vilnius kommune søker en norsk partner til å etablere et botilbud for ungdom som ikke kan bo hjemme.',
        receivedOn: '2007-11-12',
        replyBy: '2008-01-15',
        status: 'joined',
        criteria: { staffAcrossDisciplines: 'yes', staffAtAllLevels: 'yes', servesGoals: 'yes', rightProgramme: 'yes', capacity: 'partly' },
        assessment: 'Barnevernet, ungdomstjenesten og boligkontoret kan delta, både faglærte og ikke faglærte. Giverprogrammet dekker reisene.',
        decisionNote: 'Vi blir med som norsk partner i giverprogrammet.',
        decidedAt: new Date('2008-01-10T10:00:00Z'),
        decidedBy: hanne?.id ?? null,
        projectId: vilnius.id,
        revision: 3,
      },
      {
        ...base,
        title: 'Digital leadership for school principals',
        leadOrganisation: 'Miasto Gdańsk',
        leadCountry: 'PL',
        fundingProgramme: 'erasmus_plus',
        fundingProgrammeName: 'Erasmus+ KA2',
        summary: 'Et nettverk for rektorer om digital ledelse, med samlinger i fire land.',
        receivedOn: '2026-03-02',
        replyBy: '2026-03-20',
        status: 'declined',
        criteria: { staffAcrossDisciplines: 'no', staffAtAllLevels: 'no', servesGoals: 'partly', rightProgramme: 'yes', capacity: 'no' },
        assessment: 'Prosjektet involverer bare ledere i skolen, ikke ansatte på tvers av tjenestene eller på ulike nivåer.',
        decisionNote: 'Vi takker nei: prosjektet gir ikke ansatte i barne- og ungdomsavdelingen mulighet til å delta.',
        decidedAt: new Date('2026-03-18T09:00:00Z'),
        decidedBy: hanne?.id ?? null,
        revision: 3,
      },
      {
        ...base,
        title: 'Young people shaping their neighbourhoods',
        leadOrganisation: 'Rīgas valstspilsētas pašvaldība',
        leadCountry: 'LV',
        fundingProgramme: 'erasmus_plus',
        fundingProgrammeName: 'Erasmus+ KA2',
        summary: 'Ungdomsmedvirkning i byplanlegging: ungdomsråd, fritidsklubber og planetater i tre byer.',
        receivedOn: '2026-11-09',
        replyBy: '2026-12-18',
        status: 'assessing',
        criteria: { staffAcrossDisciplines: 'yes', servesGoals: 'yes' },
        assessment: 'Fritidsklubbene og ungdomsrådet kan delta. Vi må avklare kapasiteten til våren.',
        revision: 2,
      },
    ])
    .returning({ id: partnerSearches.id });
  // The Vilnius project ran four months longer than first granted: the board approved it then.
  await tx.insert(projectChangeRequests).values({
    programmeId: oslo.id,
    projectId: vilnius.id,
    status: 'approved',
    justification: 'Ombyggingen av boligen tok lengre tid enn planlagt. Prosjektet trenger fire måneder til for å ta imot de første ungdommene.',
    baseRevision: vilnius.revision,
    grantedTotalBefore: vilnius.grantedTotal,
    grantedTotal: vilnius.grantedTotal,
    startsOnBefore: vilnius.startsOn,
    startsOn: vilnius.startsOn,
    endsOnBefore: '2010-12-31',
    endsOn: vilnius.endsOn,
    requestedBy: hanne?.id ?? null,
    decidedAt: new Date('2010-11-24T12:00:00Z'),
    createdAt: new Date('2010-10-15T08:00:00Z'),
  });
  return rows.length;
}
