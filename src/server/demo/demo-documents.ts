import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import type { Tx } from '../db/client';
import { CHUNK_BYTES } from '../files/pg-file-store';
import { storedFileChunks, storedFiles } from '../files/files.table';
import { documents, documentVersions } from '../features/documents/documents.table';
import { events } from '../features/events/events.table';
import { DOCUMENT_FILE_PURPOSE } from '../features/documents/document-files.service';
import { programmes } from '../features/programmes/programmes.table';
import { users } from '../features/users/users.table';
import type { DocumentType, DocumentVisibility } from '../../shared/domain/documents';

/**
 * The Oslo sub-programme's document archive (demo content, marked as such): an action
 * programme, an annual report and the minutes of an operative board meeting, public, each a
 * small PDF made here with pdfkit; and a case paper exempt from public access. The texts are
 * written for the demo after the sub-programme's own description (seed 000); names, dates and
 * figures are illustrative.
 */
interface DemoDocument {
  type: DocumentType;
  title: string;
  description: string;
  date: string;
  visibility: DocumentVisibility;
  exemptionBasis?: string;
  fileName: string;
  paragraphs: string[];
  /** The title of the demo event the document belongs to (its date is the event's). */
  event?: string;
}

const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    type: 'action_programme',
    title: 'Handlingsprogram 2026 for delprogram oppvekst og utdanning',
    description: 'Innsatsene delprogrammet prioriterer i 2026: tidlig innsats i barnehagene, fullføring i videregående skole og samarbeid mellom tjenestene. (Demoinnhold.)',
    date: '2026-01-20',
    visibility: 'public',
    fileName: 'handlingsprogram-2026.pdf',
    paragraphs: [
      'Flere skal sikres gode oppvekstvilkår, og flere skal fullføre og bestå videregående opplæring gjennom forbedring av tjenester på oppvekst- og utdanningsfeltet.',
      'Innsats 1: Barnehagene styrker språkarbeidet, og helsestasjonene og barnehagene samarbeider om tidlig innsats for barn med behov for ekstra oppfølging.',
      'Innsats 2: Skolene i Groruddalen, Oslo indre øst og Oslo sør følger opp elever som står i fare for å ikke fullføre, sammen med ungdomstjenesten og fritidsklubbene.',
      'Innsats 3: Bydelene og Utdanningsetaten deler erfaringer fra prosjektene og gjør det som virker til ordinær drift.',
    ],
  },
  {
    type: 'report',
    title: 'Årsrapport 2025',
    description: 'Hva delprogrammet oppnådde i 2025: prosjektene, resultatene for barn og unge og hva vi lærte. (Demoinnhold.)',
    date: '2026-02-28',
    visibility: 'public',
    fileName: 'arsrapport-2025.pdf',
    paragraphs: [
      'I 2025 hadde delprogrammet tolv prosjekter i bydelene. Flere elever fullførte videregående skole enn året før.',
      'Leksehjelpen i bibliotekene og fritidsklubbene nådde mange ungdommer, og foreldremøtene med tolk ga bedre samarbeid mellom hjem og skole.',
      'Evalueringen viser at prosjektene som involverte ansatte på alle nivåer, lyktes best med å gjøre tiltakene til varig drift.',
    ],
  },
  {
    type: 'minutes',
    title: 'Referat fra det operative styret 4. mars 2026',
    description: 'Referat fra møtet i det operative styret: prosjektinitiativ, søknader og oppfølging av handlingsprogrammet. (Demoinnhold.)',
    date: '2026-03-04',
    visibility: 'public',
    fileName: 'referat-operativt-styre-2026-03-04.pdf',
    paragraphs: [
      'Til stede: representanter for bydelene, Utdanningsetaten og sekretariatet.',
      'Sak 3/26: Styret drøftet tre nye prosjektinitiativ om overgangen fra ungdomsskole til videregående skole og anbefalte to av dem.',
      'Sak 4/26: Sekretariatet orienterte om oppfølgingen av handlingsprogrammet. Styret tok orienteringen til etterretning.',
    ],
  },
  {
    type: 'case_paper',
    title: 'Saksdokument om oppfølging av enkeltelever',
    description: 'Saksdokument med opplysninger om enkeltelever. (Demoinnhold.)',
    date: '2026-03-01',
    visibility: 'exempt',
    exemptionBasis: 'Offl. § 13, jf. fvl. § 13',
    fileName: 'saksdokument-enkeltelever.pdf',
    paragraphs: ['Saksdokumentet inneholder taushetsbelagte opplysninger om enkeltelever og er unntatt offentlighet.'],
  },
  {
    type: 'presentation',
    title: 'Lysark fra porteføljepresentasjonen i Groruddalen',
    description: 'Lysarkene prosjektene viste på porteføljepresentasjonen: språkløft i barnehagene og trygg overgang til ungdomsskolen. (Demoinnhold.)',
    date: '2026-10-01',
    visibility: 'public',
    fileName: 'portefoljepresentasjon-lysark.pdf',
    paragraphs: ['Språkløft i barnehagene på Grorud: flere barn har alderstilpasset språk ved skolestart.', 'Trygg overgang til ungdomsskolen: faste overføringsmøter mellom barneskole, ungdomsskole og helsesykepleier.'],
    event: 'Porteføljepresentasjon: tiltakene i Groruddalen',
  },
];

/** A small PDF of the title and paragraphs, made at seed time. */
function pdf(title: string, paragraphs: string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: title }, lang: 'nb-NO' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(16).text(title);
  doc.fontSize(9).fillColor('#666').text('Demoinnhold – laget for demonstrasjon av Samordna.').fillColor('#000');
  for (const p of paragraphs) doc.moveDown().fontSize(11).text(p);
  doc.end();
  return done;
}

/** Keeps the file in the PostgreSQL file store, inside the demo's transaction. */
async function storeFile(tx: Tx, bytes: Buffer): Promise<{ id: string; size: number; checksum: string }> {
  const checksum = createHash('sha256').update(bytes).digest('hex');
  const [file] = await tx.insert(storedFiles).values({ purpose: DOCUMENT_FILE_PURPOSE, size: bytes.length, checksum, isComplete: true, completedAt: new Date() }).returning({ id: storedFiles.id });
  for (let seq = 0, at = 0; at < bytes.length; seq++, at += CHUNK_BYTES) {
    await tx.insert(storedFileChunks).values({ fileId: file!.id, seq, data: bytes.subarray(at, at + CHUNK_BYTES) });
  }
  return { id: file!.id, size: bytes.length, checksum };
}

export async function loadDemoDocuments(tx: Tx): Promise<number> {
  const [oslo] = await tx.select().from(programmes).where(eq(programmes.slug, 'oppvekst-og-utdanning'));
  if (!oslo) return 0;
  const existing = await tx.select({ id: documents.id }).from(documents).where(eq(documents.programmeId, oslo.id));
  if (existing.length > 0) return 0;
  const [kari] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'sekretariat.oppvekst@samordna.test'));
  for (const d of DEMO_DOCUMENTS) {
    const text = [d.title, ...d.paragraphs].join('\n');
    const [event] = d.event ? await tx.select({ id: events.id, startsAt: events.startsAt }).from(events).where(eq(events.title, d.event)) : [];
    const date = event ? event.startsAt.toISOString().slice(0, 10) : d.date;
    const [doc] = await tx
      .insert(documents)
      .values({
        programmeId: oslo.id,
        type: d.type,
        title: d.title,
        description: d.description,
        documentDate: date,
        ...(event ? { linkKind: 'event' as const, linkId: event.id } : {}),
        language: 'nb',
        visibility: d.visibility,
        exemptionBasis: d.exemptionBasis ?? null,
        publishedAt: d.visibility === 'public' ? new Date(`${date}T12:00:00Z`) : null,
        contentText: text,
        isDemo: true,
        createdBy: kari?.id ?? null,
        revision: 2,
      })
      .returning({ id: documents.id });
    const file = await storeFile(tx, await pdf(d.title, d.paragraphs));
    await tx.insert(documentVersions).values({
      documentId: doc!.id,
      version: 1,
      fileId: file.id,
      fileName: d.fileName,
      contentType: 'application/pdf',
      size: file.size,
      checksum: file.checksum,
      extractionStatus: 'done',
      extractedChars: text.length,
      extractedAt: new Date(),
      uploadedBy: kari?.id ?? null,
    });
  }
  return DEMO_DOCUMENTS.length;
}
