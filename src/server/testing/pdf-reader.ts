import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { inflateSync } from 'node:zlib';

/**
 * Reads a PDF the way a viewer or a screen reader does, with Mozilla's PDF.js: the document's
 * information and language, the window-title preference, each page's text, the structure tree
 * (tags in reading order, with the marked content each tag holds), the link annotations, and the
 * text marked as artifacts (running headers, page numbers) or not marked at all.
 */

export interface StructNode {
  role: string;
  lang?: string;
  alt?: string;
  children: StructNode[];
  /** Text of the marked content directly under this tag, in order. */
  text: string[];
}

export interface ReadPdf {
  title: string | undefined;
  lang: string | undefined;
  displayDocTitle: boolean;
  pages: { text: string; runs: TextRun[]; links: { url: string; contents: string; rect: number[] }[]; artifactText: string; untaggedText: string }[];
  /** Each page's structure tree; a tag spanning pages appears on each. */
  structure: StructNode[];
}

/** One piece of text as drawn: where it starts (points from the page's left and bottom) and how wide it is. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
}

interface RawStruct {
  role?: string;
  lang?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: RawStruct[];
}

interface RawText {
  str?: string;
  type?: string;
  id?: string;
  tag?: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
}

/** Text as a reader hears it: a line end is a space, runs of space are one. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Text of each marked-content id on a page, the text marked as artifacts, and the text in no
 * marked content at all (which PDF/UA forbids: content is either tagged or an artifact).
 */
function textById(items: readonly RawText[]): { byId: Map<string, string>; artifact: string; untagged: string } {
  const byId = new Map<string, string>();
  const open: { id: string | null; isArtifact: boolean }[] = [];
  let artifact = '';
  let untagged = '';
  for (const item of items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push({ id: item.id ?? null, isArtifact: item.tag === 'Artifact' });
    else if (item.type === 'endMarkedContent') open.pop();
    else if (typeof item.str === 'string') {
      const str = item.hasEOL ? `${item.str} ` : item.str;
      const id = [...open].reverse().find((x) => x.id !== null)?.id;
      if (id) byId.set(id, (byId.get(id) ?? '') + str);
      else if (open.some((x) => x.isArtifact)) artifact += str;
      else untagged += str;
    }
  }
  return { byId, artifact: tidy(artifact), untagged: tidy(untagged) };
}

function toNode(raw: RawStruct, byId: Map<string, string>): StructNode {
  const node: StructNode = { role: raw.role ?? '', children: [], text: [] };
  if (raw.lang) node.lang = raw.lang;
  if (raw.alt) node.alt = raw.alt;
  for (const child of raw.children ?? []) {
    if (child.type === 'content' && child.id) node.text.push(tidy(byId.get(child.id) ?? ''));
    else if (child.role) node.children.push(toNode(child, byId));
  }
  return node;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const meta = await pdf.getMetadata();
    const info = meta.info as { Title?: string; Language?: string };
    const prefs = (await pdf.getViewerPreferences()) as { DisplayDocTitle?: boolean } | null;
    const pages: ReadPdf['pages'] = [];
    const structure: StructNode[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const plain = await page.getTextContent();
      const marked = await page.getTextContent({ includeMarkedContent: true });
      const { byId, artifact, untagged } = textById(marked.items as RawText[]);
      const annotations = (await page.getAnnotations()) as { subtype: string; url?: string; contentsObj?: { str: string }; rect?: number[] }[];
      pages.push({
        text: tidy((plain.items as RawText[]).map((i) => i.str ?? '').join(' ')),
        runs: (plain.items as RawText[]).filter((i) => i.str?.trim()).map((i) => ({ str: i.str!, x: i.transform![4]!, y: i.transform![5]!, width: i.width ?? 0 })),
        links: annotations.filter((a) => a.subtype === 'Link').map((a) => ({ url: a.url ?? '', contents: a.contentsObj?.str ?? '', rect: a.rect ?? [] })),
        artifactText: artifact,
        untaggedText: untagged,
      });
      const tree = (await page.getStructTree()) as RawStruct | null;
      if (tree) structure.push(toNode(tree, byId));
    }
    return { title: info.Title, lang: info.Language, displayDocTitle: prefs?.DisplayDocTitle === true, pages, structure };
  } finally {
    await pdf.destroy();
  }
}

/** The tags of a tree in reading order (depth first), as `Role` or `Role: text`. */
export function outline(node: StructNode, depth = 0, out: string[] = []): string[] {
  const text = tidy(node.text.join(' '));
  out.push(`${'  '.repeat(depth)}${node.role}${text ? `: ${text}` : ''}`);
  for (const child of node.children) outline(child, depth + 1, out);
  return out;
}

/** Every tag with this role, depth first. */
export function findRoles(node: StructNode, role: string, out: StructNode[] = []): StructNode[] {
  if (node.role === role) out.push(node);
  for (const child of node.children) findRoles(child, role, out);
  return out;
}

/** All the text under a tag, its pieces one space apart. */
export function allText(node: StructNode): string {
  return tidy([...node.text, ...node.children.map(allText)].join(' '));
}

/** The document's tags that hold text, in reading order across the pages: `Role: text`. */
export function readingOrder(pdf: ReadPdf): string[] {
  const out: string[] = [];
  const walk = (node: StructNode) => {
    const text = tidy(node.text.join(' '));
    if (text) out.push(`${node.role}: ${text}`);
    node.children.forEach(walk);
  };
  pdf.structure.forEach(walk);
  return out;
}

/**
 * The `/ActualText` of each marked-content span in the page streams, decoded: the words as
 * written where the drawn glyphs are shaped (Arabic, Tamil). PDF.js does not read it; screen
 * readers do.
 */
export function actualTexts(bytes: Buffer): string[] {
  const out: string[] = [];
  const raw = bytes.toString('latin1');
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const t of content.matchAll(/\/ActualText \(((?:\\.|[^\\)])*)\)/g)) out.push(pdfString(t[1]!));
  }
  return out;
}

/** A literal PDF string's text: escapes undone, UTF-16BE when it starts with the byte-order mark. */
function pdfString(literal: string): string {
  const bytes = literal.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
    const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return named[e] ?? String.fromCharCode(parseInt(e, 8));
  });
  if (!bytes.startsWith('\u00fe\u00ff')) return bytes;
  const buf = Buffer.from(bytes.slice(2), 'latin1');
  return buf.swap16().toString('utf16le');
}
