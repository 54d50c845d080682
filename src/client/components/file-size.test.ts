import { describe, expect, it } from 'vitest';
import { fileSize } from './file-size';

describe('fileSize', () => {
  it('says kilobytes below a megabyte and megabytes with one decimal in the locale', () => {
    expect(fileSize(100, 'nb')).toBe('1 kB');
    expect(fileSize(340 * 1024, 'nb')).toBe('340 kB');
    expect(fileSize(2.14 * 1024 * 1024, 'nb')).toBe('2,1 MB');
    expect(fileSize(2.14 * 1024 * 1024, 'en')).toBe('2.1 MB');
  });
});
