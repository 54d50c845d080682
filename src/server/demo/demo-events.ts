import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { eventRegistrations, events } from '../features/events/events.table';
import { newToken } from '../features/events/event-mail';
import { programmes } from '../features/programmes/programmes.table';

const DAY = 24 * 60 * 60 * 1000;

/** Midnight UTC of the day `days` from now, plus the hour (UTC): dates that stay ahead of or behind the demo's load. */
function dayAt(now: Date, days: number, hourUtc: number, minute = 0): Date {
  const d = new Date(now.getTime() + days * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hourUtc, minute));
}

/**
 * The Oslo sub-programme's events. Its page (seed 000) says it holds portfolio presentations and
 * seminars now and then, most of them streamed, the video kept on the event's page afterwards:
 * a past portfolio presentation and a past seminar with their video and materials, and an
 * upcoming seminar with most seats taken and a waiting list. Titles, talks, names and addresses
 * are illustrative; the registrants are fictional (@example.org); the video and material links
 * point at example domains.
 */
export async function loadDemoEvents(tx: Tx, now = new Date()): Promise<number> {
  const [oslo] = await tx.select().from(programmes).where(eq(programmes.slug, 'oppvekst-og-utdanning'));
  if (!oslo) return 0;
  const place = { place: 'Deichman Grünerløkka', address: 'Schleppegrells gate 2, 0556 Oslo', accessibility: 'Trinnfri adkomst og teleslynge i salen. Arrangementet tekstes når det strømmes.' };
  const rows = await tx
    .insert(events)
    .values([
      {
        programmeId: oslo.id,
        kind: 'portfolio_presentation',
        status: 'published',
        title: 'Porteføljepresentasjon: tiltakene i Groruddalen',
        lead: 'Prosjektene i delprogrammet presenterer hva de har gjort, og hva de har lært.',
        description: 'Fire prosjekter fra Groruddalen forteller om arbeidet med språk i barnehagen, overgangen til ungdomsskolen og fritid for unge. Etter hvert innlegg er det tid til spørsmål.',
        talks: [
          { time: '09:00', title: 'Velkommen og status for delprogrammet', speaker: 'Programsekretariatet' },
          { time: '09:20', title: 'Språkløft i barnehagene på Grorud', speaker: 'Bydel Grorud' },
          { time: '10:00', title: 'Trygg overgang til ungdomsskolen', speaker: 'Bydel Stovner' },
          { time: '10:40', title: 'Spørsmål og samtale', speaker: '' },
        ],
        startsAt: dayAt(now, -60, 8),
        endsAt: dayAt(now, -60, 10, 30),
        ...place,
        streamUrl: 'https://stream.example.org/oppvekst/portefolje',
        capacity: 80,
        videoUrl: 'https://video.example.org/embed/oppvekst-portefolje',
        slidesUrl: 'https://www.example.org/oppvekst/portefolje-lysark.pdf',
        materials: [
          { title: 'Oversikt over prosjektene som presenterte', url: 'https://www.example.org/oppvekst/prosjektoversikt.pdf' },
          { title: 'Oppsummering av spørsmålene fra salen', url: 'https://www.example.org/oppvekst/oppsummering.pdf' },
        ],
        publishedAt: dayAt(now, -90, 8),
      },
      {
        programmeId: oslo.id,
        kind: 'seminar',
        status: 'published',
        title: 'Fagseminar: fullføring i videregående',
        lead: 'Hva hjelper flere å fullføre? Forskning og erfaringer fra skolene i Oslo indre øst og Oslo sør.',
        description: 'Seminaret samler lærere, rådgivere og ansatte i bydelene om tiltak som får flere til å fullføre og bestå videregående opplæring.',
        talks: [
          { time: '12:00', title: 'Hva vet vi om frafall?', speaker: 'Invitert forsker' },
          { time: '12:45', title: 'Erfaringer fra losprosjektet', speaker: 'Bydel Søndre Nordstrand' },
          { time: '13:30', title: 'Paneldebatt', speaker: '' },
        ],
        startsAt: dayAt(now, -21, 11),
        endsAt: dayAt(now, -21, 13, 30),
        place: 'Digitalt',
        address: '',
        streamUrl: 'https://stream.example.org/oppvekst/fullforing',
        language: 'nb',
        accessibility: 'Strømmingen tekstes. Opptaket har tekst og kan spilles av i lavere hastighet.',
        videoUrl: 'https://video.example.org/embed/oppvekst-fullforing',
        materials: [{ title: 'Lysark fra innleggene', url: 'https://www.example.org/oppvekst/fullforing-lysark.pdf' }],
        publishedAt: dayAt(now, -50, 8),
      },
      {
        programmeId: oslo.id,
        kind: 'seminar',
        status: 'published',
        title: 'Fagseminar: tidlig innsats i barnehagen',
        lead: 'Hvordan fanger vi opp barn som trenger mer støtte tidlig? Erfaringer fra bydelene og fra forskningen.',
        description: 'Et halvdagsseminar for ansatte i barnehager, helsestasjoner og PP-tjenesten. Vi serverer lunsj; skriv matbehov i påmeldingen.',
        talks: [
          { time: '09:00', title: 'Tidlig innsats: hva sier forskningen?', speaker: 'Invitert forsker' },
          { time: '09:45', title: 'Språkkartlegging i praksis', speaker: 'Bydel Alna' },
          { time: '10:30', title: 'Samarbeid mellom barnehage og helsestasjon', speaker: 'Bydel Gamle Oslo' },
          { time: '11:15', title: 'Lunsj', speaker: '' },
        ],
        startsAt: dayAt(now, 30, 8),
        endsAt: dayAt(now, 30, 11),
        ...place,
        streamUrl: 'https://stream.example.org/oppvekst/tidlig-innsats',
        capacity: 6,
        registrationDeadline: dayAt(now, 27, 22),
        questions: [
          { id: 'matbehov', label: 'Allergier eller andre matbehov', required: false },
          { id: 'rolle', label: 'Din rolle (f.eks. pedagogisk leder, helsesykepleier)', required: true },
        ],
        publishedAt: dayAt(now, -7, 8),
      },
    ])
    .returning();
  const upcoming = rows[2]!;
  const people: [string, string, string, 'registered' | 'waiting'][] = [
    ['Ingrid Haugen', 'Bydel Alna', 'Pedagogisk leder', 'registered'],
    ['Mohammed Rahimi', 'Bydel Grorud', 'Styrer', 'registered'],
    ['Sofie Lindqvist', 'Bydel Gamle Oslo', 'Helsesykepleier', 'registered'],
    ['Amina Yusuf', 'Bydel Stovner', 'Spesialpedagog', 'registered'],
    ['Per Olav Bakken', 'Bydel Søndre Nordstrand', 'PP-rådgiver', 'registered'],
    ['Leila Haddad', 'Bydel Alna', 'Barnehagelærer', 'registered'],
    ['Tor Espen Moe', 'Bydel Grorud', 'Pedagogisk leder', 'waiting'],
    ['Hanna Kowalska', 'Bydel Stovner', 'Logoped', 'waiting'],
  ];
  await tx.insert(eventRegistrations).values(
    people.map(([name, organisation, rolle, status], i) => ({
      eventId: upcoming.id,
      name,
      email: `${name.toLowerCase().replace(/ /g, '.').normalize('NFD').replace(/[^a-z.]/g, '')}@example.org`,
      organisation,
      answers: (i % 3 === 0 ? { rolle, matbehov: 'Vegetar' } : { rolle }) as Record<string, string>,
      status,
      queuedAt: new Date(now.getTime() - (7 - i * 0.5) * DAY),
      // Nobody holds these links: the demo's registrants are fictional.
      tokenHash: newToken().hash,
    })),
  );
  // Who came to the past portfolio presentation.
  await tx.insert(eventRegistrations).values(
    [
      ['Kari Solheim', 'Bydel Grorud'],
      ['Jonas Berg', 'Bydel Stovner'],
    ].map(([name, organisation], i) => ({
      eventId: rows[0]!.id,
      name: name!,
      email: `${name!.toLowerCase().replace(/ /g, '.')}@example.org`,
      organisation: organisation!,
      status: 'registered' as const,
      attended: i === 0,
      queuedAt: new Date(now.getTime() - 70 * DAY),
      tokenHash: newToken().hash,
    })),
  );
  return rows.length;
}
