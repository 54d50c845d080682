import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { contentImages, contentItems, contentRevisions } from '../features/content/content.table';
import { storedFileChunks, storedFiles } from '../files/files.table';
import { programmes } from '../features/programmes/programmes.table';
import { users } from '../features/users/users.table';
import { IMAGE_PURPOSE } from '../features/content/content-public.service';
import type { ContentDraft } from '../../shared/contracts/content';

/** A PNG of horizontal bands in the programme's colours, made here so the demo needs no image file. */
export function bandsPng(width: number, height: number, colours: readonly [number, number, number][]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const [r, g, b] = colours[Math.floor((y / height) * colours.length)]!;
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

const ABOUT: ContentDraft = {
  title: { nb: 'Om delprogrammet', nn: 'Om delprogrammet', en: 'About the sub-programme' },
  lead: {
    nb: 'Oppvekst og utdanning er ett av tre delprogrammer i områdesatsingene i Oslo.',
    nn: 'Oppvekst og utdanning er eitt av tre delprogram i områdesatsingane i Oslo.',
    en: 'Childhood and education is one of three sub-programmes of the Oslo area initiatives.',
  },
  blocks: [
    {
      kind: 'text',
      key: 'organisering',
      body: {
        nb: '## Organisering\n\nDelprogrammets styringsstruktur består av et strategisk styre og et operativt styre.\n\n- Det strategiske styret består av representanter fra øverste ledelse i de seks bydelene og Utdanningsetaten, samt representanter fra Utdanningsdirektoratet, IMDi og Helsedirektoratet.\n- Det operative styret består av bydelenes oppvekstsjefer og representanter fra Utdanningsetatens ledelse.\n\nDet strategiske styret fastsetter rammer for kommende innsatser og følger opp gevinstene av gjennomførte prosjekter. Det operative styret håndterer faglige drøftinger, prosjektinitiativ og behandling av søknader.',
        nn: '## Organisering\n\nStyringsstrukturen til delprogrammet består av eit strategisk styre og eit operativt styre.\n\n- Det strategiske styret består av representantar frå øvste leiing i dei seks bydelane og Utdanningsetaten, og representantar frå Utdanningsdirektoratet, IMDi og Helsedirektoratet.\n- Det operative styret består av oppvekstsjefane i bydelane og representantar frå leiinga i Utdanningsetaten.\n\nDet strategiske styret fastset rammer for komande innsatsar og følgjer opp gevinstane av gjennomførte prosjekt. Det operative styret handterer faglege drøftingar, prosjektinitiativ og behandling av søknader.',
        en: '## Organisation\n\nThe sub-programme is governed by a strategic board and an operative board.\n\n- The strategic board has members from the top management of the six city districts and the Education Agency, and from the Directorate for Education and Training, IMDi and the Directorate of Health.\n- The operative board has the districts’ heads of childhood services and members of the Education Agency’s management.\n\nThe strategic board sets the frames for coming efforts and follows up the benefits of completed projects. The operative board handles professional discussion, project initiatives and applications.',
      },
    },
    { kind: 'image', key: 'illustrasjon', imageId: '', alt: { nb: 'Illustrasjon i delprogrammets farger: blå, grønn og gul flate.', nn: 'Illustrasjon i fargane til delprogrammet: blå, grøn og gul flate.', en: 'Illustration in the sub-programme’s colours: blue, green and yellow bands.' } },
    { kind: 'embed', key: 'mal', list: 'goals', limit: 5 },
    { kind: 'embed', key: 'arrangementer', list: 'events', limit: 3 },
    { kind: 'embed', key: 'prosjekter', list: 'portfolio', limit: 5, title: { nb: 'Noen av prosjektene', nn: 'Nokre av prosjekta', en: 'Some of the projects' } },
  ],
};

const CONTACT: ContentDraft = {
  title: { nb: 'Kontakt oss', nn: 'Kontakt oss', en: 'Contact us' },
  lead: { nb: 'Programkontoret for delprogram oppvekst og utdanning. (Navnene er demodata.)', nn: 'Programkontoret for delprogram oppvekst og utdanning. (Namna er demodata.)', en: 'The programme office of the sub-programme for childhood and education. (The names are demo data.)' },
  blocks: [
    {
      kind: 'contacts',
      key: 'programkontoret',
      title: { nb: 'Programkontoret', nn: 'Programkontoret', en: 'The programme office' },
      items: [
        { name: 'Kari Lunde', role: { nb: 'Programleder', nn: 'Programleiar', en: 'Programme manager' }, organisation: 'Oslo kommune', email: 'kari.lunde@example.org' },
        { name: 'Eirik Haugen', role: { nb: 'Programrådgiver', nn: 'Programrådgivar', en: 'Programme adviser' }, organisation: 'Oslo kommune', email: 'eirik.haugen@example.org' },
        { name: 'Sara Ahmed', role: { nb: 'Programkonsulent', nn: 'Programkonsulent', en: 'Programme officer' }, organisation: 'Oslo kommune', email: 'sara.ahmed@example.org' },
        { name: 'Marius Berg', role: { nb: 'Kommunikasjonsrådgiver', nn: 'Kommunikasjonsrådgivar', en: 'Communications adviser' }, organisation: 'Oslo kommune', phone: '+47 400 00 000' },
      ],
    },
  ],
};

const LINKS: ContentDraft = {
  title: { nb: 'Videoer og nyttige lenker', nn: 'Videoar og nyttige lenkjer', en: 'Videos and useful links' },
  blocks: [
    {
      kind: 'links',
      key: 'lenker',
      items: [
        { label: { nb: 'Områdesatsingene i Oslo', nn: 'Områdesatsingane i Oslo', en: 'The Oslo area initiatives' }, url: 'https://www.oslo.kommune.no/omradesatsinger/' },
        { label: { nb: 'Utdanningsdirektoratet', en: 'Directorate for Education and Training' }, url: 'https://www.udir.no/' },
        { label: { nb: 'Integrerings- og mangfoldsdirektoratet (IMDi)', en: 'Directorate of Integration and Diversity (IMDi)' }, url: 'https://www.imdi.no/' },
      ],
    },
    { kind: 'embed', key: 'nyheter', list: 'news', limit: 3 },
  ],
};

const news = (date: string, nb: string, nn: string, en: string, lead: ContentDraft['lead'], body: string): ContentDraft => ({
  title: { nb, nn, en },
  date,
  lead,
  blocks: [{ kind: 'text', key: 'tekst', body: { nb: body } }],
});

const NEWS: ContentDraft[] = [
  news(
    '2023-03-15',
    'Handlingsprogram 2023 er vedtatt',
    'Handlingsprogram 2023 er vedteke',
    'Action programme 2023 adopted',
    { nb: 'Det strategiske styret har vedtatt handlingsprogrammet som gir retning for delprogrammets arbeid i den kommende perioden.', nn: 'Det strategiske styret har vedteke handlingsprogrammet som gir retning for arbeidet til delprogrammet i den komande perioden.', en: 'The strategic board has adopted the action programme that directs the sub-programme’s work in the coming period.' },
    'Handlingsprogram 2023 danner grunnlaget for delprogrammets arbeid ved å tydeliggjøre prioriteringer og innsatser i den kommende perioden.\n\nHandlingsprogrammet ligger i dokumentarkivet.',
  ),
  news(
    '2026-08-20',
    'Utlysning av prosjektmidler for 2026',
    'Utlysing av prosjektmidlar for 2026',
    'Call for project funding 2026',
    { nb: 'Bydelene og Utdanningsetaten kan nå søke om midler til prosjekter som gir bedre tjenester for barn og unge.', nn: 'Bydelane og Utdanningsetaten kan no søkje om midlar til prosjekt som gir betre tenester for barn og unge.', en: 'The city districts and the Education Agency may now apply for funding for projects that improve services for children and young people.' },
    'Søknadene behandles av det operative styret. Se utlysningen for kriterier og frister.',
  ),
  news(
    '2026-10-01',
    'Porteføljepresentasjon i høst',
    'Porteføljepresentasjon i haust',
    'Portfolio presentation this autumn',
    { nb: 'Prosjektene i porteføljen presenterer hva de har fått til. Presentasjonen strømmes, og videoen legges ut etterpå.', nn: 'Prosjekta i porteføljen presenterer kva dei har fått til. Presentasjonen blir strøymd, og videoen blir lagd ut etterpå.', en: 'The projects of the portfolio present what they have achieved. The presentation is streamed, and the video is published afterwards.' },
    'Delprogram oppvekst og utdanning er en fag- og utviklingsarena som med jevne mellomrom arrangerer porteføljepresentasjoner og fagseminarer.\n\n- De fleste arrangementene kan strømmes.\n- Videoen lagres på arrangementssiden i etterkant.',
  ),
];

/**
 * The sub-programme for childhood and education's own pages (about, contact, links) and news,
 * from seed 000; the about page carries an illustration and live lists, and has a saved draft
 * ahead of what is published, so its history shows two revisions.
 */
export async function loadDemoContent(tx: Tx): Promise<number> {
  const [oslo] = await tx.select().from(programmes).where(eq(programmes.slug, 'oppvekst-og-utdanning'));
  if (!oslo) return 0;
  const existing = await tx.select({ id: contentItems.id }).from(contentItems).where(eq(contentItems.programmeId, oslo.id)).limit(1);
  if (existing.length > 0) return 0;
  const [editor] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'sekretariat.oppvekst@samordna.test'));
  const png = bandsPng(960, 240, [
    [0, 72, 153],
    [34, 139, 94],
    [242, 196, 54],
  ]);
  const [file] = await tx.insert(storedFiles).values({ purpose: IMAGE_PURPOSE, size: png.length, checksum: createHash('sha256').update(png).digest('hex'), isComplete: true, completedAt: new Date() }).returning();
  await tx.insert(storedFileChunks).values({ fileId: file!.id, seq: 0, data: png });
  const [image] = await tx.insert(contentImages).values({ programmeId: oslo.id, fileId: file!.id, name: 'illustrasjon.png', contentType: 'image/png', size: png.length, createdBy: editor?.id ?? null }).returning();
  const about: ContentDraft = { ...ABOUT, blocks: ABOUT.blocks.map((b) => (b.kind === 'image' ? { ...b, imageId: image!.id } : b)) };
  const publishedAt = new Date('2026-09-01T08:00:00Z');
  const publish = async (kind: 'page' | 'news', slug: string | null, draft: ContentDraft, at: Date) => {
    const [row] = await tx
      .insert(contentItems)
      .values({ programmeId: oslo.id, kind, slug, draft, published: draft, publishedRevision: 1, publishedAt: at, firstPublishedAt: at, publishedDate: draft.date ?? null, updatedBy: editor?.id ?? null, createdAt: at, updatedAt: at })
      .returning();
    await tx.insert(contentRevisions).values({ contentId: row!.id, revision: 1, draft, savedBy: editor?.id ?? null, savedAt: at, wasPublished: true });
    return row!;
  };
  const aboutRow = await publish('page', 'om-delprogrammet', about, publishedAt);
  await publish('page', 'kontakt', CONTACT, publishedAt);
  await publish('page', 'lenker', LINKS, publishedAt);
  for (const item of NEWS) await publish('news', null, item, new Date(`${item.date}T09:00:00Z`));
  // A change waiting to be published: the about page's lead, rewritten.
  const next: ContentDraft = { ...about, lead: { ...about.lead!, nb: 'Oppvekst og utdanning er ett av tre delprogrammer i områdesatsingene i Oslo, i samarbeid med staten.' } };
  const changedAt = new Date('2026-11-20T10:00:00Z');
  await tx.update(contentItems).set({ draft: next, revision: 2, updatedAt: changedAt }).where(eq(contentItems.id, aboutRow.id));
  await tx.insert(contentRevisions).values({ contentId: aboutRow.id, revision: 2, draft: next, savedBy: editor?.id ?? null, savedAt: changedAt });
  return 3 + NEWS.length;
}
