import { describe, expect, it } from 'vitest';
import { uploadFileName } from './upload-parts';

describe('uploadFileName', () => {
  it('keeps the last part of the name, without control characters or quotes, within its length', () => {
    expect(uploadFileName('D:\\Rapporter\\2025\\Årsrapport "2025".pdf', 'dokument')).toBe('Årsrapport 2025.pdf');
    expect(uploadFileName('../../etc/passwd\u0000\r\n', 'dokument')).toBe('passwd');
    expect(uploadFileName('  ', 'bilde')).toBe('bilde');
    expect(uploadFileName(undefined, 'vedlegg')).toBe('vedlegg');
    expect(uploadFileName(`${'a'.repeat(300)}.px`, 'statistikk', 255)).toHaveLength(255);
  });
});
