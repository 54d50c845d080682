import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { ParseReasonText } from './ParseReasonText';

const detail = 'DATA has 3 values but the header describes 4 cells (at line 61, column 6)';
const reason = { code: 'PX_DATA_COUNT_MISMATCH', params: { found: 3, expected: 4 }, line: 61, column: 6 };

describe('why a file could not be read', () => {
  it('words the problem with its figures and where, in bokmål, nynorsk and English', () => {
    const { unmount } = renderPage(<ParseReasonText reason={reason} detail={detail} />, { path: '/', url: '/' });
    expect(screen.getByText('DATA-delen har 3 tall, men tabellhodet beskriver 4 celler.')).toBeTruthy();
    expect(screen.getByText('Hvor i filen: linje 61, kolonne 6')).toBeTruthy();
    // The server's own English words are there for whoever asks for help, marked as English.
    expect(screen.getByText(detail).getAttribute('lang')).toBe('en');
    unmount();
    const nn = renderPage(<ParseReasonText reason={reason} detail={detail} />, { path: '/', url: '/', locale: 'nn' });
    expect(screen.getByText('DATA-delen har 3 tal, men tabellhovudet skildrar 4 celler.')).toBeTruthy();
    nn.unmount();
    renderPage(<ParseReasonText reason={{ code: 'TOO_MANY_CATEGORIES', params: { dimension: 'region', count: 100001, max: 100000 } }} detail="" />, { path: '/', url: '/', locale: 'en' });
    expect(screen.getByText(/The dimension “region” has 100,001 categories; at most 100,000/)).toBeTruthy();
  });

  it('falls back to the kind of problem, and to a plain sentence for a kind it does not know', () => {
    const { unmount } = renderPage(<ParseReasonText reason={{ code: 'PX_DATA_COUNT_MISMATCH', params: {}, path: '$.value' }} detail="" />, { path: '/', url: '/' });
    expect(screen.getByText('Antallet tall i DATA-delen stemmer ikke med tabellhodet.')).toBeTruthy();
    expect(screen.getByText('Hvor i filen: $.value')).toBeTruthy();
    unmount();
    renderPage(<ParseReasonText reason={{ code: 'SOMETHING_NEW', params: {} }} detail="" />, { path: '/', url: '/' });
    expect(screen.getByText('Filen kunne ikke leses.')).toBeTruthy();
  });
});
