import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SelectField } from './SelectField';

/** The ids named by an element's aria-describedby, as the texts they point at. */
function descriptionOf(el: HTMLElement): string[] {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `(no element #${id})`);
}

describe('SelectField', () => {
  it('names the select by its label and describes it by its help text and its error, in the markup itself', () => {
    render(
      <SelectField id="kind" label="Områdetype" description="Hva slags område det er." error="Velg en type.">
        <option value="">Velg …</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: 'Områdetype' });
    expect(descriptionOf(select)).toEqual(['Hva slags område det er.', 'Velg en type.']);
    expect(select.getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps a description the caller gives, and says nothing more when there is no help text or error', () => {
    render(
      <>
        <p id="outside">Gjelder hele programmet.</p>
        <SelectField id="year" label="År" aria-describedby="outside">
          <option value="2025">2025</option>
        </SelectField>
      </>,
    );
    const select = screen.getByRole('combobox', { name: 'År' });
    expect(descriptionOf(select)).toEqual(['Gjelder hele programmet.']);
    expect(select.hasAttribute('aria-invalid')).toBe(false);
  });
});
