/**
 * Text in scripts PDFKit does not lay out by itself: Arabic (and Urdu), written right to left,
 * and Tamil. PDFKit shapes a word well (fontkit joins Arabic letters and reorders Tamil vowel
 * signs) but lays the words of a line out left to right, in one font. Here a text is cut into
 * words, each word gets the font that carries its script, the words are wrapped into lines, and
 * each line is put in visual order for its paragraph's direction: in a right-to-left paragraph
 * the words run from the right, while a run of left-to-right words inside it (a number, a Latin
 * name, an address) keeps its own order. Lines of a right-to-left document stand against the
 * right margin.
 *
 * The words are drawn in logical order (only their places are visual), so the text a reader
 * copies or hears comes in the order it was written.
 */
import { FONT, type FontName } from './pdf-fonts';

type Doc = PDFKit.PDFDocument;
type Weight = 'regular' | 'strong';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const HEBREW = /[\u0590-\u05FF]/;
const TAMIL = /[\u0B80-\u0BFF]/;
/** A letter or digit that sets a word left to right. */
const STRONG_LTR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Tamil}0-9]/u;

/** Whether a text needs this layout: it holds Arabic or Tamil, or the document runs right to left. */
export const needsScriptLayout = (text: string, rtl: boolean): boolean => rtl || ARABIC.test(text) || TAMIL.test(text);

function fontFor(word: string, weight: Weight): FontName {
  if (ARABIC.test(word)) return weight === 'strong' ? FONT.arabicStrong : FONT.arabic;
  if (TAMIL.test(word)) return weight === 'strong' ? FONT.tamilStrong : FONT.tamil;
  return weight === 'strong' ? FONT.strong : FONT.regular;
}

type Direction = 'rtl' | 'ltr' | 'neutral';
const directionOf = (word: string): Direction => (ARABIC.test(word) || HEBREW.test(word) ? 'rtl' : STRONG_LTR.test(word) ? 'ltr' : 'neutral');

/** Brackets in a right-to-left word: the glyphs are reversed, so each bracket takes its mirror. */
const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '«': '»', '»': '«', '<': '>', '>': '<' };
const mirrored = (word: string) => word.replace(/[()[\]{}«»<>]/g, (c) => MIRROR[c]!);

interface Word {
  /** As written (for the reader); `shown` is what is handed to the font. */
  text: string;
  shown: string;
  font: FontName;
  width: number;
  direction: Direction;
}

export interface ScriptStyle {
  weight: Weight;
  size: number;
  colour: string;
}

/** Where a font's baseline sits below the top of its line, and the line's height, in points. */
function metrics(doc: Doc, font: FontName, size: number): { ascent: number; height: number } {
  doc.font(font).fontSize(size);
  const f = (doc as unknown as { _font: { ascender: number } })._font;
  return { ascent: (f.ascender / 1000) * size, height: doc.currentLineHeight(true) };
}

function words(doc: Doc, paragraph: string, style: ScriptStyle): Word[] {
  return paragraph
    .split(/[ \t]+/)
    .filter(Boolean)
    .map((text) => {
      const font = fontFor(text, style.weight);
      const direction = directionOf(text);
      const shown = direction === 'rtl' ? mirrored(text) : text;
      doc.font(font).fontSize(style.size);
      return { text, shown, font, width: doc.widthOfString(shown), direction };
    });
}

/** Greedy wrapping by width; a word wider than the line stands on a line of its own. */
function wrap(all: Word[], width: number, space: number): Word[][] {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const w of all) {
    const needed = line.length ? used + space + w.width : w.width;
    if (line.length && needed > width) {
      lines.push(line);
      line = [w];
      used = w.width;
    } else {
      line.push(w);
      used = needed;
    }
  }
  if (line.length || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * The line's words from left to right. A neutral word (a dash, a bullet) between two words of
 * the other direction goes with them; otherwise with the paragraph.
 */
export function visualOrder<T extends { direction: Direction }>(line: readonly T[], rtl: boolean): T[] {
  const base: Direction = rtl ? 'rtl' : 'ltr';
  const resolved = line.map((w, i) => {
    if (w.direction !== 'neutral') return w.direction;
    const before = line.slice(0, i).reverse().find((x) => x.direction !== 'neutral')?.direction ?? base;
    const after = line.slice(i + 1).find((x) => x.direction !== 'neutral')?.direction ?? base;
    return before === after ? before : base;
  });
  // Runs of one direction; a run against the paragraph's direction has its words reversed.
  const runs: T[][] = [];
  line.forEach((w, i) => {
    if (i > 0 && resolved[i] === resolved[i - 1]) runs[runs.length - 1]!.push(w);
    else runs.push([w]);
  });
  const runDirs: Direction[] = [];
  line.forEach((_, i) => {
    if (i === 0 || resolved[i] !== resolved[i - 1]) runDirs.push(resolved[i]!);
  });
  const ordered = runs.map((run, i) => (runDirs[i] === 'rtl' ? [...run].reverse() : run));
  return (rtl ? ordered.reverse() : ordered).flat();
}

interface Laid {
  /** `breaks`: the paragraph goes on after the line (its last word is followed by a space). */
  lines: { words: Word[]; width: number; ascent: number; height: number; breaks: boolean }[];
  height: number;
}

function layout(doc: Doc, text: string, style: ScriptStyle, width: number, gap: number): Laid {
  doc.font(style.weight === 'strong' ? FONT.strong : FONT.regular).fontSize(style.size);
  const space = doc.widthOfString(' ');
  const base = metrics(doc, style.weight === 'strong' ? FONT.strong : FONT.regular, style.size);
  const lines: Laid['lines'] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const wrapped = wrap(words(doc, paragraph, style), width, space);
    for (const [n, line] of wrapped.entries()) {
      const fonts = [...new Set(line.map((w) => w.font))].map((f) => metrics(doc, f, style.size));
      const ascent = Math.max(base.ascent, ...fonts.map((m) => m.ascent));
      const height = Math.max(base.height, ...fonts.map((m) => m.height)) + gap;
      const lineWidth = line.reduce((sum, w) => sum + w.width, 0) + space * Math.max(0, line.length - 1);
      lines.push({ words: line, width: lineWidth, ascent, height, breaks: n < wrapped.length - 1 });
    }
  }
  return { lines, height: lines.reduce((sum, l) => sum + l.height, 0) };
}

/** The height of the text as `writeScript` draws it. */
export function scriptHeight(doc: Doc, text: string, style: ScriptStyle, width: number, gap: number): number {
  return layout(doc, text, style, width, gap).height;
}

/** The width of the widest line of the text as `writeScript` draws it. */
export function scriptWidth(doc: Doc, text: string, style: ScriptStyle, width: number, gap: number): number {
  return Math.max(0, ...layout(doc, text, style, width, gap).lines.map((l) => l.width));
}

export interface ScriptOptions {
  rtl: boolean;
  align?: 'left' | 'right' | 'center' | 'justify';
  underline?: boolean;
  /** One line only: the words that do not fit are left out. */
  lineBreak?: boolean;
  /** The bottom of the page's text area: a line below it continues on a new page. */
  bottom: number;
}

/**
 * Draws the text from (`x`, `y`) in a column of `width`, line by line, continuing on a new page
 * (inside the same marked content) when a line would pass `bottom`; leaves `doc.y` below it.
 */
export function writeScript(doc: Doc, text: string, style: ScriptStyle, x: number, y: number, width: number, gap: number, options: ScriptOptions): void {
  const laid = layout(doc, text, style, width, gap);
  doc.font(style.weight === 'strong' ? FONT.strong : FONT.regular).fontSize(style.size);
  const space = doc.widthOfString(' ');
  let top = y;
  const lines = options.lineBreak === false ? laid.lines.slice(0, 1) : laid.lines;
  for (const line of lines) {
    if (top + line.height > options.bottom && top > doc.page.margins.top + 1) {
      doc.continueOnNewPage();
      top = doc.page.margins.top;
    }
    const align = options.align === 'justify' || !options.align ? (options.rtl ? 'right' : 'left') : options.align;
    let left = align === 'right' ? x + width - line.width : align === 'center' ? x + (width - line.width) / 2 : x;
    const placed = new Map<Word, number>();
    for (const w of visualOrder(line.words, options.rtl)) {
      placed.set(w, left);
      left += w.width + space;
    }
    // Drawn in the order written, each at its place, with the word as written (and the space
    // after it) as its actual text: shaped glyphs do not always map back to their letters.
    line.words.forEach((w, i) => {
      const m = metrics(doc, w.font, style.size);
      doc.markContent('Span', { actual: i < line.words.length - 1 || line.breaks ? `${w.text} ` : w.text } as never);
      doc.fillColor(style.colour).text(w.shown, placed.get(w)!, top + line.ascent - m.ascent, { lineBreak: false });
      doc.endMarkedContent();
    });
    if (options.underline && line.words.length) {
      const from = Math.min(...placed.values());
      const baseline = top + line.ascent + style.size * 0.12;
      doc.save().moveTo(from, baseline).lineTo(from + line.width, baseline).lineWidth(0.6).stroke(style.colour).restore();
    }
    top += line.height;
  }
  doc.x = x;
  doc.y = top;
}
