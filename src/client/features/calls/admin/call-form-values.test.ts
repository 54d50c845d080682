import { describe, expect, it } from 'vitest';
import { ApplicationForm } from '../../../../shared/contracts/application-form';
import { CallUpdate } from '../../../../shared/contracts/calls';
import { criteriaPayload, criterionDrafts, formPayload, fromOsloInput, move, newField, newSection, sectionDrafts, toOsloInput } from './call-form-values';

const FORM = {
  sections: [
    {
      key: 'project',
      title: { nb: 'Prosjektet', nn: 'Prosjektet', en: 'The project' },
      intro: { nb: 'Om prosjektet' },
      fields: [
        { kind: 'short_text', key: 'summary', label: { nb: 'Sammendrag' }, help: { nb: 'Kort', en: 'Short' }, required: true, maxLength: 120 },
        { kind: 'amount', key: 'amount', label: { nb: 'Beløp' }, required: true, min: 1000, max: 500000, requested: true },
        { kind: 'number', key: 'pupils', label: { nb: 'Elever' }, required: false, integer: true, min: 1 },
        { kind: 'date', key: 'starts_on', label: { nb: 'Start' }, required: false, earliest: '2026-01-01' },
        { kind: 'choice', key: 'level', label: { nb: 'Trinn' }, required: false, multiple: true, options: [{ value: 'a', label: { nb: 'A' } }, { value: 'b', label: { nb: 'B' } }] },
        { kind: 'attachment', key: 'budget', label: { nb: 'Budsjett' }, required: false, accept: ['pdf', 'xlsx'], maxSizeMb: 5, maxFiles: 2 },
        { kind: 'reach', key: 'reach', label: { nb: 'Målgrupper' }, required: false },
      ],
    },
  ],
};

describe('deadlines on Oslo clock', () => {
  it('reads a winter and a summer time with their offsets, and shows an instant as Oslo sees it', () => {
    expect(fromOsloInput('2026-03-01T12:00')).toBe('2026-03-01T12:00:00+01:00');
    expect(fromOsloInput('2026-06-15T09:30')).toBe('2026-06-15T09:30:00+02:00');
    expect(toOsloInput('2026-06-15T07:30:00Z')).toBe('2026-06-15T09:30');
    expect(toOsloInput('2026-12-31T23:30:00Z')).toBe('2027-01-01T00:30');
    expect(fromOsloInput('not a time')).toBe('not a time');
  });
});

describe('the form builder', () => {
  it('gives back the form it was given, every kind of field with its settings', () => {
    const form = ApplicationForm.parse(FORM);
    expect(ApplicationForm.parse(formPayload(sectionDrafts(form)))).toEqual(form);
  });

  it('sends what does not parse as written, so the contract refuses it at its path', () => {
    const section = { ...newSection([]), title: { nb: 'Del', nn: '', en: '' } };
    const field = { ...newField('amount', []), key: 'Bad key', label: { nb: 'Beløp', nn: '', en: '' }, min: 'ti' };
    const result = CallUpdate.safeParse({ form: formPayload([{ ...section, fields: [field] }]) });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['form.sections.0.fields.0.key', 'form.sections.0.fields.0.min']);
  });

  it('moves a row up and down, and not past the ends', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('keeps criteria as written', () => {
    const criteria = [{ key: 'relevance', title: { nb: 'Relevans' }, weight: 40, scale: { min: 1, max: 6 } }];
    expect(CallUpdate.parse({ criteria: criteriaPayload(criterionDrafts(criteria)) }).criteria).toEqual(criteria);
  });
});
