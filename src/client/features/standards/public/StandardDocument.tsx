import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReadSection, StandardText } from '../../../../shared/contracts/standards';
import { contentPhrases } from '../../../../shared/domain/standard-phrases';
import { languageDir } from '../../../../shared/domain/standards';

/**
 * The standard's content in its language: the element carries `lang` and `dir`, so Arabic and
 * Urdu lay out right to left (the page's CSS uses logical properties, so lists and margins
 * mirror), and a section not yet translated carries the source's (`nb`, left to right) with a
 * note in the reader's language. Each list item is isolated (`dir="auto"`), so a Latin word or a
 * number inside Arabic text keeps its order.
 */
export function StandardDocument({ text }: { text: StandardText }) {
  return (
    <div className="standard-content" lang={text.language} dir={text.dir}>
      {text.sections.map((s) => (
        <SectionView key={s.key} section={s} reader={text.language} />
      ))}
    </div>
  );
}

function Items({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i} dir="auto">
          {item}
        </li>
      ))}
    </ul>
  );
}

function SectionView({ section: s, reader }: { section: ReadSection; reader: string }) {
  const other = s.lang !== reader;
  const phrases = contentPhrases(s.lang);
  const headingId = `standard-${s.key}`;
  return (
    <section aria-labelledby={headingId} className="standard-section" {...(other ? { lang: s.lang, dir: languageDir(s.lang) } : {})}>
      <Heading level={2} data-size="sm" id={headingId}>
        {s.heading}
      </Heading>
      {other ? (
        <Paragraph data-size="sm" className="standard-missing" lang={reader} dir={languageDir(reader)}>
          {contentPhrases(reader).missing}
        </Paragraph>
      ) : null}
      {s.text
        ? s.text.split(/\n{2,}/).map((p, i) => (
            <Paragraph key={i} dir="auto">
              {p}
            </Paragraph>
          ))
        : null}
      {s.items.length > 0 ? <Items items={s.items} /> : null}
      {s.fromSchool.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {phrases.fromSchool}
          </Heading>
          <Items items={s.fromSchool} />
        </>
      ) : null}
      {s.fromHome.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {phrases.fromHome}
          </Heading>
          <Items items={s.fromHome} />
        </>
      ) : null}
    </section>
  );
}
