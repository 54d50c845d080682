import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import type { Plan } from '../../../shared/contracts/development';
import type { AreaProfile } from '../../../shared/contracts/profiles';
import { allText, readingOrder, readPdf } from '../../testing/pdf-reader';
import { sniffFile } from '../../files/file-type';
import { extractText } from '../documents/extract-text';
import { planDocument, planDocx, planExportFileName, planPdf, type PlanExportContext } from './plan-export';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function buildPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    groupId: ID(1),
    organisationName: 'Hamar kommune',
    programmeId: ID(2),
    areaCode: '0403',
    strengths: 'Nesten alle barn går i barnehage.\n\nSkolene samarbeider godt i rektorgruppa.',
    weaknesses: 'For få fullfører videregående innen fem år.',
    needs: '',
    futureImages: 'I 2030 hører alle barn og unge til.',
    goals: [
      { title: 'Flere fullfører videregående', description: 'På nivå med landet innen 2029.' },
      { title: 'Trygge overganger', description: '' },
    ],
    actors: [
      { name: 'Referansegruppe for oppvekst', role: 'Gir råd mellom samlingene', arena: 'reference_group' },
      { name: 'Samarbeidsforum skole og helse', role: 'Tidlig innsats', arena: 'health_cooperation' },
    ],
    efforts: [{ title: 'Los for ungdom', description: 'En los følger elevene.', responsible: 'Kommunalsjef for oppvekst', fromYear: 2026, toYear: 2028, goals: [0, 1], followUp: 'Fullføringen følges hvert år.' }],
    isPublic: false,
    revision: 3,
    updatedAt: '2026-03-02T10:00:00.000Z',
    comments: [{ id: ID(3), part: 'where_are_we', body: 'Ta med elevundersøkelsen.', authorName: 'Marte Lien', createdAt: '2026-02-01T10:00:00.000Z' }],
    convertedProgramme: null,
    canWrite: true,
    canComment: false,
    ...overrides,
  };
}

const CONTEXT: PlanExportContext = {
  programmeName: { nb: 'ABSOLUTT – utviklingsprogram', nn: 'ABSOLUTT – utviklingsprogram', en: 'ABSOLUTT – development programme' },
  cohortName: { nb: 'Innlandet 2025–2026' },
  cycleQuestions: { where_are_we: { nb: 'Hvor er vi?', nn: 'Kvar er vi?', en: 'Where are we?' }, how_to_get_there: { nb: 'Hvordan får vi det til?' } },
  createdAt: new Date('2026-03-10T12:00:00Z'),
};

const HOSTILE = 'Tall & tiltak <script>alert(1)</script> "sitat" \u0000slutt\u0007';

/** The text of a zip part. */
function part(files: Record<string, Uint8Array>, name: string): string {
  const bytes = files[name];
  expect(bytes, name).toBeDefined();
  return strFromU8(bytes!);
}

describe('plan export: the document model', () => {
  it('has one heading per part in the programme’s words, falling back to the standard wording, and marks another language', () => {
    const spec = planDocument(buildPlan(), CONTEXT, 'en');
    const h2 = spec.blocks.filter((b) => b.kind === 'heading' && b.level === 2);
    expect(h2).toEqual([
      { kind: 'heading', level: 2, text: '1. Where are we?' },
      { kind: 'heading', level: 2, text: '2. Where do we want to go?' },
      { kind: 'heading', level: 2, text: '3. Who does what?' },
      // Only bokmål given: the heading says so.
      { kind: 'heading', level: 2, text: '4. Hvordan får vi det til?', lang: 'nb-NO' },
    ]);
    expect(spec).toMatchObject({ lang: 'en', title: 'Development plan for Hamar kommune' });
  });

  it('names the goals an effort serves, and leaves the facilitator’s comments out unless asked', () => {
    const texts = (spec: ReturnType<typeof planDocument>) => JSON.stringify(spec.blocks);
    const plain = planDocument(buildPlan(), CONTEXT, 'nb');
    expect(texts(plain)).toContain('1. Flere fullfører videregående; 2. Trygge overganger');
    expect(texts(plain)).not.toContain('elevundersøkelsen');
    const withComments = planDocument(buildPlan(), { ...CONTEXT, includeComments: true }, 'nb');
    expect(texts(withComments)).toContain('Ta med elevundersøkelsen. (Marte Lien, 1. februar 2026)');
  });

  it('says when a part is not written yet', () => {
    const spec = planDocument(buildPlan({ goals: [], actors: [], efforts: [], strengths: ' ' }), CONTEXT, 'nn');
    const notes = spec.blocks.filter((b) => b.kind === 'paragraph' && b.style === 'note').map((b) => (b as { text: string }).text);
    expect(notes).toEqual(['Ikkje skrive enno.', 'Ikkje skrive enno.', 'Ingen mål enno.', 'Ingen aktørar enno.', 'Ingen tiltak enno.']);
  });

  it('makes a plain ASCII file name', () => {
    expect(planExportFileName({ organisationName: 'Løten kommune' }, 'nn', 'docx')).toBe('utviklingsplan-loten-kommune-nn.docx');
    expect(planExportFileName({ organisationName: '«»' }, 'nb', 'pdf')).toBe('utviklingsplan-plan-nb.pdf');
  });
});

describe('plan export: PDF', () => {
  it('is tagged, with title and language, headings per part, the goals as a list and the actors as a table', async () => {
    const pdf = await readPdf(await planPdf(buildPlan(), CONTEXT, 'nb'));
    expect(pdf.title).toBe('Utviklingsplan for Hamar kommune');
    expect(pdf.lang).toBe('nb-NO');
    expect(pdf.displayDocTitle).toBe(true);
    const order = readingOrder(pdf);
    expect(order.filter((l) => /^H[12]: /.test(l))).toEqual(['H1: Utviklingsplan for Hamar kommune', 'H2: 1. Hvor er vi?', 'H2: 2. Hvor vil vi?', 'H2: 3. Hvem gjør hva?', 'H2: 4. Hvordan får vi det til?']);
    expect(order).toContain('LBody: Flere fullfører videregående: På nivå med landet innen 2029.');
    expect(order).toContain('TH: Referansegruppe for oppvekst');
    expect(order).toContain('TD: Samarbeid med helsetjenesten');
    const text = pdf.pages.map((p) => p.text).join(' ');
    expect(text).toContain('Skolene samarbeider godt i rektorgruppa.');
    for (const page of pdf.pages) expect(page.untaggedText).toBe('');
  });

  it('keeps hostile text as text: no control characters, markup shown as written', async () => {
    const plan = buildPlan({ strengths: HOSTILE, goals: [{ title: HOSTILE, description: '' }] });
    const pdf = await readPdf(await planPdf(plan, CONTEXT, 'nb'));
    const text = pdf.pages.map((p) => p.text).join(' ');
    expect(text).toContain('Tall & tiltak <script>alert(1)</script> "sitat" slutt');
    // eslint-disable-next-line no-control-regex -- looking for the control characters that must be gone
    expect(text).not.toMatch(/[\u0000\u0007]/);
  });

  it('opens Where are we? with the area profile when it is given', async () => {
    const pdf = await readPdf(await planPdf(buildPlan(), { ...CONTEXT, areaProfile: PROFILE }, 'nb'));
    const order = readingOrder(pdf);
    const at = (prefix: string) => order.findIndex((l) => l.startsWith(prefix));
    expect(at('H3: Områdeprofil: Hamar')).toBeGreaterThan(at('H2: 1. Hvor er vi?'));
    expect(at('H3: Områdeprofil: Hamar')).toBeLessThan(at('H3: Styrker'));
    expect(order.some((l) => l.startsWith('TH: Grunnskolepoeng'))).toBe(true);
    expect(pdf.structure.some((s) => allText(s).includes('Hedmark'))).toBe(true);
  });
});

describe('plan export: DOCX', () => {
  it('is an Office Open XML document with its parts, styles, title and language', () => {
    const bytes = planDocx(buildPlan(), CONTEXT, 'nn');
    expect(sniffFile(bytes)).toBe('docx');
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/footer1.xml',
      'word/numbering.xml',
      'word/settings.xml',
      'word/styles.xml',
    ]);
    for (const name of Object.keys(files)) expect(XMLValidator.validate(part(files, name)), name).toBe(true);
    const types = part(files, '[Content_Types].xml');
    expect(types).toContain('PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"');
    expect(part(files, '_rels/.rels')).toContain('Target="word/document.xml"');
    const core = part(files, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Utviklingsplan for Hamar kommune</dc:title>');
    expect(core).toContain('<dc:language>nn-NO</dc:language>');
    const styles = part(files, 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1"><w:name w:val="heading 1"\/>.*<w:outlineLvl w:val="0"\/>/);
    expect(styles).toContain('<w:lang w:val="nn-NO"');
    const doc = part(files, 'word/document.xml');
    expect(doc).toContain('<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Utviklingsplan for Hamar kommune</w:t>');
    expect(doc.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(4);
    expect(doc).toContain('Kvar er vi?');
    // The goals are a numbered list, the actors a table with a repeated header row.
    expect(doc).toMatch(/<w:numId w:val="3"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">Flere fullfører videregående: På nivå med landet innen 2029\.<\/w:t>/);
    expect(doc).toMatch(/<w:tbl>.*<w:tblHeader\/>.*Referansegruppe for oppvekst.*<\/w:tbl>/);
    expect(part(files, 'word/footer1.xml')).toMatch(/Side .*PAGE .*av .*NUMPAGES /);
  });

  it('reads back as text, paragraph by paragraph', async () => {
    const { text } = await extractText('docx', planDocx(buildPlan(), CONTEXT, 'en'), { maxChars: 100_000, maxXmlBytes: 10_000_000 });
    for (const expected of ['Development plan for Hamar kommune', '1. Where are we?', 'Nesten alle barn går i barnehage.', 'Los for ungdom', 'Responsible: Kommunalsjef for oppvekst', 'Cooperation with health services']) {
      expect(text).toContain(expected);
    }
  });

  it('escapes markup and ampersands and drops the characters XML forbids', () => {
    const plan = buildPlan({ organisationName: `Hamar & <Co>`, strengths: HOSTILE, actors: [{ name: HOSTILE, role: '', arena: 'other' }] });
    const files = unzipSync(planDocx(plan, CONTEXT, 'nb'));
    for (const name of Object.keys(files)) expect(XMLValidator.validate(part(files, name)), name).toBe(true);
    const doc = part(files, 'word/document.xml');
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('Tall &amp; tiltak &lt;script&gt;alert(1)&lt;/script&gt; &quot;sitat&quot; slutt');
    // eslint-disable-next-line no-control-regex -- looking for the control characters that must be gone
    expect(doc).not.toMatch(/[\u0000\u0007]/);
    expect(part(files, 'docProps/core.xml')).toContain('<dc:title>Utviklingsplan for Hamar &amp; &lt;Co&gt;</dc:title>');
  });
});

const area = (code: string, name: string, kind: 'country' | 'county' | 'municipality') => ({ id: ID(Number(code.replace(/\D/g, '') || 9)), code, name, kind });
const INDICATOR = { id: ID(20), code: 'grunnskolepoeng', name: { nb: 'Grunnskolepoeng' }, unit: 'points' as const, decimals: 1, direction: 'higher_is_better' as const, topic: 'education' as const, isIllustrative: true };
const PROFILE: AreaProfile = {
  programme: { id: ID(2), slug: 'absolutt', name: CONTEXT.programmeName },
  area: area('0403', 'Hamar', 'municipality'),
  referenceAreas: [area('04', 'Hedmark', 'county'), area('NO', 'Norge', 'country')],
  rows: [
    {
      indicator: INDICATOR,
      latest: { period: '2024-25', value: 40.2, status: 'none', symbol: null, source: `indicator:${ID(20)}` },
      trend: [],
      change: null,
      development: null,
      age: null,
      references: [
        { area: area('04', 'Hedmark', 'county'), point: { period: '2024-25', value: 40.6, status: 'none', symbol: null }, comparison: 'worse', isOtherPeriod: false },
        { area: area('NO', 'Norge', 'country'), point: null, comparison: 'not_comparable', isOtherPeriod: false },
      ],
    },
  ],
  sources: [{ key: `indicator:${ID(20)}`, kind: 'indicator', publisher: 'Samordna demo – illustrasjon', tableId: null, title: null, url: null, licence: null, retrieved: null, isIllustrative: true }],
};
