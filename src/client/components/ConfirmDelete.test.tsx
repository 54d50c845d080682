import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { ApiError } from '../app/api';
import { renderPage } from '../testing/render';
import { ConfirmDelete } from './ConfirmDelete';

const failed = new ApiError(409, 'CONFLICT', { detail: 'in use' });

function show(props: Partial<Parameters<typeof ConfirmDelete>[0]> = {}) {
  const onConfirm = vi.fn();
  renderPage(
    <ConfirmDelete
      name="Bydel Sagene"
      pending={false}
      error={null}
      onConfirm={onConfirm}
      {...props}
    />,
    { path: '/', url: '/' },
  );
  return onConfirm;
}

describe('ConfirmDelete', () => {
  it('asks once more in place, moves focus to the question, and back to the button on cancel', () => {
    const onConfirm = show();
    fireEvent.click(screen.getByRole('button', { name: 'Slett' }));
    const question = screen.getByText('Vil du slette «Bydel Sagene»? Dette kan ikke angres.');
    expect(document.activeElement).toBe(question);
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Slett' }));
  });

  it('deletes only on the second answer', () => {
    const onConfirm = show();
    fireEvent.click(screen.getByRole('button', { name: 'Slett' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, slett' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('cannot be confirmed twice while the deletion is under way', () => {
    show({ pending: true });
    fireEvent.click(screen.getByRole('button', { name: 'Slett' }));
    expect((screen.getByRole('button', { name: 'Ja, slett' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('keeps a failed deletion in view on an edit page, also after cancelling', () => {
    show({ error: failed });
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Slett' }));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('in a compact row names what it deletes and shows its error only with the question', () => {
    show({ compact: true, label: 'Slett målet «Flere fullfører»', error: failed });
    const start = screen.getByRole('button', { name: 'Slett målet «Flere fullfører»' });
    expect(start.textContent).toBe('Slett');
    expect(start.getAttribute('data-size')).toBe('sm');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(start);
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Slett målet «Flere fullfører»' }),
    );
  });
});
