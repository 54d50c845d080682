import type { Locale } from '../../../../shared/domain/localized';

/** An e-mail as it is sent: a subject, a plain-text part and an HTML part of the same text. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** One paragraph of an e-mail, or a link (shown as the address itself in the plain text). */
export type Block = string | { link: string; label: string };

export interface Written {
  subject: string;
  greeting: string;
  blocks: Block[];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const SIGNATURE: Record<Locale, string> = {
  nb: 'Hilsen Samordna',
  nn: 'Helsing Samordna',
  en: 'Best regards, Samordna',
};

/** Writes the written e-mail out as plain text and as simple, accessible HTML in its language. */
export function render(locale: Locale, w: Written): RenderedEmail {
  const text = [
    w.greeting,
    ...w.blocks.map((b) => (typeof b === 'string' ? b : `${b.label}: ${b.link}`)),
    SIGNATURE[locale],
  ].join('\n\n');
  const paragraphs = w.blocks.map((b) =>
    typeof b === 'string'
      ? `<p>${escapeHtml(b)}</p>`
      : `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a></p>`,
  );
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(w.subject)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; font-size: 16px; line-height: 1.5; color: #1e2b3c">',
    `<p>${escapeHtml(w.greeting)}</p>`,
    ...paragraphs,
    `<p>${escapeHtml(SIGNATURE[locale])}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: w.subject, text: `${text}\n`, html };
}
