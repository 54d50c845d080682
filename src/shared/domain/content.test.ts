import { describe, expect, it } from 'vitest';
import { contentState, parseRichText, plainText } from './content';

describe('parseRichText', () => {
  it('reads headings, paragraphs and both kinds of list, and nothing else as markup', () => {
    const text = '## Mål\nVi samordner\ntjenestene.\n\n- Barnehage\n- Skole\n  og SFO\n1. Først\n2) Så\n\n### <b>Ikke HTML</b>\n# Ikke overskrift';
    expect(parseRichText(text)).toEqual([
      { type: 'heading', level: 2, text: 'Mål' },
      { type: 'paragraph', text: 'Vi samordner tjenestene.' },
      { type: 'list', ordered: false, items: ['Barnehage', 'Skole og SFO'] },
      { type: 'list', ordered: true, items: ['Først', 'Så'] },
      { type: 'heading', level: 3, text: '<b>Ikke HTML</b>' },
      { type: 'paragraph', text: '# Ikke overskrift' },
    ]);
  });

  it('takes Windows line ends and gives plain text for feeds', () => {
    expect(plainText('Første\r\n\r\n- a\r\n- b')).toBe('Første\n\na\nb');
    expect(parseRichText('')).toEqual([]);
  });
});

describe('contentState', () => {
  it('is a draft until published, and changed while the draft is ahead of what is published', () => {
    expect(contentState(false, 3, null)).toBe('draft');
    expect(contentState(true, 3, 3)).toBe('published');
    expect(contentState(true, 4, 3)).toBe('changed');
  });
});
