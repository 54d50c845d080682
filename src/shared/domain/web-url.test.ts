import { describe, expect, it } from 'vitest';
import { isWebUrl } from './web-url';

describe('isWebUrl', () => {
  it('lets http and https addresses be links, and nothing else', () => {
    expect(['https://data.ssb.no/x', 'HTTP://example.org'].map(isWebUrl)).toEqual([true, true]);
    expect(['javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'https:// x', '', null, undefined].map(isWebUrl)).toEqual([false, false, false, false, false, false, false]);
  });
});
