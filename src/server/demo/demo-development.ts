import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import {
  cohortGatherings,
  cohorts,
  developmentPlans,
  developmentSettings,
  gatheringAttendance,
  groupMembers,
  groupNotes,
  homeworkSubmissions,
  homeworkTasks,
  participantGroups,
  planComments,
} from '../features/development/development.table';
import { events } from '../features/events/events.table';
import { organisations } from '../features/organisations/organisations.table';
import { programmes } from '../features/programmes/programmes.table';
import { users } from '../features/users/users.table';
import { COMPETENCE_GOALS, CYCLE_QUESTIONS, ELVERUM_MEMBERS, exampleEmail, GATHERING_TALKS, HAMAR_MEMBERS, HAMAR_PLAN, LOTEN_MEMBERS, PERSPECTIVES, type DemoMember } from './demo-development-data';

const DAY = 24 * 60 * 60 * 1000;

/** Midnight UTC of the day `days` from now, plus the hour (UTC): dates that stay ahead of or behind the demo's load. */
function dayAt(now: Date, days: number, hourUtc: number, minute = 0): Date {
  const d = new Date(now.getTime() + days * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hourUtc, minute));
}

const dateOnly = (now: Date, days: number) => dayAt(now, days, 12).toISOString().slice(0, 10);

const ILLUSTRATIVE_PLACE = 'Demo: programmet, stedet og adressen er illustrative.';

/**
 * ABSOLUTT (seed 003) as a development programme at work: its content (the three perspectives,
 * the four questions of the cycle, the competence goals, as the seed words them) and one cohort
 * in Innlandet, about eight months in, with three gatherings (two held, with attendance, one
 * ahead), homework in several states, and the groups of Hamar, Elverum and Løten (accepted) and
 * Hedmark fylkeskommune (invited, no answer yet). Hamar's development plan is well under way.
 * The municipalities are real; the people, the places' programmes and everything the groups write
 * are fictional, made for the demo (their texts say "Demotekst"). Idempotent: nothing is done
 * when the programme already has a cohort.
 */
export async function loadDemoDevelopment(tx: Tx, now = new Date()): Promise<number> {
  const [absolutt] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, 'absolutt'));
  if (!absolutt) return 0;
  const [existing] = await tx.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.programmeId, absolutt.id)).limit(1);
  if (existing) return 0;

  await tx
    .insert(developmentSettings)
    .values({ programmeId: absolutt.id, perspectives: PERSPECTIVES, cycleQuestions: CYCLE_QUESTIONS, competenceGoals: COMPETENCE_GOALS })
    .onConflictDoNothing();

  const accounts = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ['veileder.absolutt@samordna.test', 'deltaker.hamar@samordna.test', 'deltaker.elverum@samordna.test']));
  const account = (email: string) => accounts.find((a) => a.email === email)?.id ?? null;
  const facilitator = account('veileder.absolutt@samordna.test');
  const eirik = account('deltaker.hamar@samordna.test');
  const ingrid = account('deltaker.elverum@samordna.test');

  const orgRows = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.name, ['Hamar kommune', 'Elverum kommune', 'Løten kommune', 'Hedmark fylkeskommune']));
  const org = (name: string) => {
    const row = orgRows.find((o) => o.name === name);
    if (!row) throw new Error(`The demo organisation ${name} is missing`);
    return row.id;
  };

  const [cohort] = await tx
    .insert(cohorts)
    .values({
      programmeId: absolutt.id,
      name: { nb: 'Innlandet 2025–2026', nn: 'Innlandet 2025–2026', en: 'Innlandet 2025–2026' },
      region: 'Innlandet',
      startsOn: dateOnly(now, -240),
      endsOn: dateOnly(now, 120),
    })
    .returning({ id: cohorts.id });
  const cohortId = cohort!.id;

  // Three gatherings, each a day from 09:30 to 15:30 in Oslo (07:30–13:30 UTC in summer time, near enough all year).
  const gatheringSpecs = [
    { days: -200, title: 'Samling 1: Hvor er vi?', place: 'Hamar rådhus, kommunestyresalen', address: 'Vangsvegen 51, 2317 Hamar' },
    { days: -60, title: 'Samling 2: Hvor vil vi?', place: 'Elverum rådhus', address: 'Storgata 25, 2408 Elverum' },
    { days: 45, title: 'Samling 3: Hvem gjør hva, og hvordan får vi det til?', place: 'Hamar rådhus, kommunestyresalen', address: 'Vangsvegen 51, 2317 Hamar' },
  ];
  const gatheringRows = await tx
    .insert(events)
    .values(
      gatheringSpecs.map((g, i) => ({
        programmeId: absolutt.id,
        kind: 'gathering' as const,
        status: 'published' as const,
        title: g.title,
        lead: 'Regional samling i ABSOLUTT for kullet i Innlandet: faglig innlegg, arbeid på tvers av kommuner og arbeid i egen gruppe.',
        description: `Deltakergruppene fra Hamar, Elverum og Løten møtes til samling ${i + 1} av 3. Alle i gruppa har forpliktet seg til å delta. ${ILLUSTRATIVE_PLACE}`,
        talks: GATHERING_TALKS[i]!,
        startsAt: dayAt(now, g.days, 7, 30),
        endsAt: dayAt(now, g.days, 13, 30),
        place: g.place,
        address: g.address,
        accessibility: 'Trinnfri adkomst og teleslynge i salen.',
        publishedAt: dayAt(now, -230, 8),
      })),
    )
    .returning({ id: events.id });
  await tx.insert(cohortGatherings).values(gatheringRows.map((e) => ({ eventId: e.id, cohortId })));
  const [first, second] = gatheringRows;

  const [localBase, planPart] = await tx
    .insert(homeworkTasks)
    .values([
      {
        cohortId,
        title: 'Hvor er vi? Lokalt kunnskapsgrunnlag',
        instructions:
          'Gå gjennom kommunens områdeprofil sammen i gruppa. Skriv kort hva tallene og deres egen erfaring sier om styrker, svakheter og endringsbehov i oppveksten. Ta det opp i et lokalt møte før dere leverer.',
        dueAt: dayAt(now, -150, 21, 59),
        submissionKind: 'text' as const,
      },
      {
        cohortId,
        title: 'Hvor vil vi? Framtidsbilder og mål',
        instructions: 'Skriv del 2 av utviklingsplanen: framtidsbildet deres og de viktigste målene. Drøft det med referansegruppa før dere leverer.',
        dueAt: dayAt(now, -20, 21, 59),
        submissionKind: 'plan_part' as const,
        planPart: 'where_to_go' as const,
      },
      {
        cohortId,
        title: 'Aktører og arenaer: hvem gjør hva?',
        instructions: 'Last opp et kart over aktørene og arenaene i kommunen (referansegruppe, rektor- og styrergrupper, samarbeid med helsetjenesten) som dere tar med til samling 3.',
        dueAt: dayAt(now, 35, 21, 59),
        submissionKind: 'document' as const,
      },
    ])
    .returning({ id: homeworkTasks.id });

  const group = async (organisationName: string, members: DemoMember[], facilitatorUserId: string | null) => {
    const [row] = await tx
      .insert(participantGroups)
      .values({ cohortId, organisationId: org(organisationName), status: 'accepted', hasCommitted: true, invitedAt: dayAt(now, -260, 8), respondedAt: dayAt(now, -245, 10), facilitatorUserId })
      .returning({ id: participantGroups.id });
    const memberRows = await tx
      .insert(groupMembers)
      .values(
        members.map((m, position) => ({
          groupId: row!.id,
          name: m.name,
          email: m.account ?? exampleEmail(m.name),
          role: m.role,
          kind: m.kind,
          isContact: m.isContact ?? false,
          userId: m.account ? account(m.account) : null,
          position,
        })),
      )
      .returning({ id: groupMembers.id, name: groupMembers.name });
    return { id: row!.id, members: memberRows };
  };
  const hamar = await group('Hamar kommune', HAMAR_MEMBERS, facilitator);
  const elverum = await group('Elverum kommune', ELVERUM_MEMBERS, null);
  const loten = await group('Løten kommune', LOTEN_MEMBERS, facilitator);
  // The county is invited and has not answered yet.
  await tx.insert(participantGroups).values({ cohortId, organisationId: org('Hedmark fylkeskommune'), status: 'invited', hasCommitted: false, invitedAt: dayAt(now, -30, 9) });

  // Attendance at the two gatherings held: everyone came, but one of Elverum's members missed the second.
  const absent = new Set(elverum.members.filter((m) => m.name === 'Knut Rønning').map((m) => `${second!.id}:${m.id}`));
  await tx.insert(gatheringAttendance).values(
    [first!, second!].flatMap((g) => [hamar, elverum, loten].flatMap((grp) => grp.members.map((m) => ({ eventId: g.id, memberId: m.id, attended: !absent.has(`${g.id}:${m.id}`) })))),
  );

  // Homework 1: Hamar on time, Elverum late, Løten nothing. Homework 2: Hamar handed in, Løten a draft. Homework 3 is ahead: nothing yet.
  await tx.insert(homeworkSubmissions).values([
    {
      taskId: localBase!.id,
      groupId: hamar.id,
      text: `${HAMAR_PLAN.strengths}\n\n${HAMAR_PLAN.weaknesses}`,
      submittedAt: dayAt(now, -153, 14),
      submittedBy: eirik,
      isLate: false,
      updatedBy: eirik,
    },
    {
      taskId: localBase!.id,
      groupId: elverum.id,
      text: 'Demotekst. Elverum har et godt samarbeid mellom barnehagene og skolene, men for mange elever trives dårlig på ungdomstrinnet. Vi vil se nærmere på overgangen til videregående og på hvordan vi tar imot barn som flytter hit.',
      submittedAt: dayAt(now, -146, 9),
      submittedBy: ingrid,
      isLate: true,
      updatedBy: ingrid,
    },
    {
      taskId: planPart!.id,
      groupId: hamar.id,
      text: HAMAR_PLAN.futureImages,
      submittedAt: dayAt(now, -22, 15),
      submittedBy: eirik,
      isLate: false,
      updatedBy: eirik,
    },
    {
      taskId: planPart!.id,
      groupId: loten.id,
      text: 'Demotekst. Løten i 2030: et lite samfunn der alle barn blir sett, og der skole, barnehage og frivilligheten drar i samme retning. (Utkast – vi tar det opp i neste lokale møte.)',
    },
  ]);

  await tx.insert(groupNotes).values([
    {
      groupId: hamar.id,
      kind: 'local_meeting',
      metOn: dateOnly(now, -185),
      title: 'Lokalt møte etter samling 1',
      body: 'Demotekst. Gruppa gikk gjennom områdeprofilen og ble enige om å skrive styrker og svakheter hver for seg før neste møte. Kommunalsjefen samler innspillene. Vi inviterer elevrådene og foreldrerådene til referansegruppa.',
      authorUserId: eirik,
    },
    {
      groupId: hamar.id,
      kind: 'reference_group',
      metOn: dateOnly(now, -120),
      title: 'Første møte i referansegruppa',
      body: 'Demotekst. Til stede: skole, barnehage, PPT, helsestasjon, barnevern, to elevrådsledere og en representant for frivilligheten. Innspill: overgangen til videregående og samarbeidet med helsetjenesten er det viktigste å ta tak i.',
      authorUserId: eirik,
    },
  ]);

  await tx.insert(developmentPlans).values({ groupId: hamar.id, ...HAMAR_PLAN, revision: 9, updatedBy: eirik, updatedAt: dayAt(now, -5, 13) });
  await tx.insert(planComments).values({
    groupId: hamar.id,
    part: 'where_are_we',
    body: 'Demotekst. Godt skrevet! Ta gjerne med hva elevundersøkelsen sier om trivsel, og hvordan dere vil bruke tallene fra områdeprofilen når dere legger saken fram for kommunestyret.',
    authorUserId: facilitator,
    createdAt: dayAt(now, -100, 10),
  });
  return 1;
}
