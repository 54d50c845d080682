import type { ElementType } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { pickText, type LocalizedText as Text } from '../../shared/domain/localized';
import { useLocale } from '../app/locale-context';

/** Splits long texts into paragraphs on blank lines, keeping single line breaks inside one. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The text in the reader's language, or the fallback marked with its own `lang`. */
export function useLocalized(text: Text | null | undefined): { text: string; lang: string | undefined } {
  const locale = useLocale();
  const picked = pickText(text, locale);
  return { text: picked.text, lang: picked.lang === locale ? undefined : picked.lang };
}

export function LocalizedInline({ text, as: As = 'span' }: { text: Text | null | undefined; as?: ElementType }) {
  const picked = useLocalized(text);
  return <As lang={picked.lang}>{picked.text}</As>;
}

/** A long localized text as paragraphs. */
export function LocalizedParagraphs({ text, lead = false }: { text: Text | null | undefined; lead?: boolean }) {
  const picked = useLocalized(text);
  const paragraphs = splitParagraphs(picked.text);
  if (paragraphs.length === 0) return null;
  return (
    <div lang={picked.lang} className={lead ? 'lead' : undefined}>
      {paragraphs.map((p, i) => (
        <Paragraph key={i} data-size={lead ? 'lg' : undefined} className="keep-lines">
          {p}
        </Paragraph>
      ))}
    </div>
  );
}
