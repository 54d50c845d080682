import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { organisations } from '../features/organisations/organisations.table';
import { programmes } from '../features/programmes/programmes.table';
import { standards, standardTranslations, standardVersions } from '../features/standards/standards.table';
import { programmeRoles, users } from '../features/users/users.table';
import type { Milestone } from '../../shared/domain/standards';
import { SOURCE_V1, SOURCE_V2, TITLE, TRANSLATIONS } from './demo-standards-data';

/** The 2014 timeline of the seed: March, April, May/June, August. */
const TIMELINE: Milestone[] = [
  { kind: 'drafted', on: '2014-03-01', until: '2014-03-31', note: '' },
  { kind: 'proposed', on: '2014-04-01', until: '2014-04-30', note: '' },
  { kind: 'finalised', on: '2014-05-01', until: '2014-06-30', note: '' },
  { kind: 'in_force', on: '2014-08-01', until: null, note: '' },
];

/**
 * The Oslostandard for skole-hjem-samarbeid in the Oslo sub-programme: version 1 (June 2014)
 * and version 2 (demo: interpreters and an answer within three days); translations into English
 * and Arabic (complete), Somali (partly done) and Urdu (made from version 1, so one section is
 * outdated); the translator who keeps Arabic and Urdu; and Sinsen skole's local guideline, which
 * builds on version 1 and is flagged as superseded.
 */
export async function loadDemoStandards(tx: Tx): Promise<number> {
  const [oslo] = await tx.select().from(programmes).where(eq(programmes.slug, 'oppvekst-og-utdanning'));
  if (!oslo) return 0;
  const [kari] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'sekretariat.oppvekst@samordna.test'));
  const [translator] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'oversetter.oppvekst@samordna.test'));
  if (translator) await tx.update(programmeRoles).set({ languages: ['ar', 'ur'] }).where(eq(programmeRoles.userId, translator.id));
  const [standard] = await tx.insert(standards).values({ programmeId: oslo.id, title: TITLE, sections: SOURCE_V2, timeline: TIMELINE, revision: 6 }).returning();
  const [v1] = await tx
    .insert(standardVersions)
    .values([
      { standardId: standard!.id, number: 1, title: TITLE, sections: SOURCE_V1, note: 'Sluttført etter forslag til byrådet. Forventningene under hvert innholdsområde er demotekst.', publishedAt: new Date('2014-06-20T10:00:00Z'), publishedBy: kari?.id ?? null },
      { standardId: standard!.id, number: 2, title: TITLE, sections: SOURCE_V2, note: 'Demotekst: tolk ved utviklingssamtaler og svar innen tre virkedager.', publishedAt: new Date('2015-08-10T10:00:00Z'), publishedBy: kari?.id ?? null },
    ])
    .returning();
  await tx.insert(standardTranslations).values(TRANSLATIONS.map((t) => ({ standardId: standard!.id, ...t, updatedBy: translator?.id ?? kari?.id ?? null })));

  // Sinsen skole (seed 001 was presented there) publishes a local guideline on version 1.
  const [sinsen] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, 'Sinsen skole'));
  if (sinsen) {
    const local = [...SOURCE_V1, { key: 'lokalt', kind: 'text' as const, heading: 'Ved Sinsen skole', text: 'Demotekst: Skolen har åpen foreldrekafé den første tirsdagen i hver måned, med tolk på arabisk, somali og urdu.', items: [], fromSchool: [], fromHome: [] }];
    const [guideline] = await tx.insert(standards).values({ programmeId: oslo.id, organisationId: sinsen.id, basedOnStandardId: standard!.id, basedOnVersion: v1!.number, title: 'Skole-hjem-samarbeid ved Sinsen skole', sections: local }).returning();
    await tx.insert(standardVersions).values({ standardId: guideline!.id, number: 1, title: guideline!.title, sections: local, note: 'Demotekst.', publishedAt: new Date('2014-09-01T10:00:00Z') });
  }
  return 1;
}
