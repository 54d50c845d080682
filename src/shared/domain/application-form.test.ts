import { describe, expect, it } from 'vitest';
import { ApplicationForm, FormAnswers } from '../contracts/application-form';
import { answersDiff, fieldByKey, formFieldKeys, missingFields, validateAnswers } from './application-form';
import { diffWords } from './word-diff';

const GOAL = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const OTHER_GOAL = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';
const EFFORT = '9f2c7d1e-5b3a-4c8d-9e0f-1a2b3c4d5e6f';
const AREA = '3d6f0a2b-8c1e-4f5a-9b7d-2e4c6a8b0d1f';
const FILE = 'a7c3e9f1-2b4d-4e6f-8a0c-1d3e5f7a9b2c';
const text = (nb: string) => ({ nb });

const form = ApplicationForm.parse({
  sections: [
    {
      key: 'project',
      title: text('Prosjektet'),
      fields: [
        { key: 'title', kind: 'short_text', label: text('Prosjektnavn'), required: true, maxLength: 80 },
        { key: 'summary', kind: 'long_text', label: text('Sammendrag'), maxLength: 50 },
        { key: 'participants', kind: 'number', label: text('Deltakere'), min: 1, max: 500, integer: true },
        { key: 'share', kind: 'number', label: text('Andel'), min: 0, max: 1 },
        { key: 'budget_total', kind: 'amount', label: text('Budsjett'), required: true, min: 1000, max: 2_000_000 },
        { key: 'own_funding', kind: 'amount', label: text('Egenfinansiering') },
        { key: 'start_date', kind: 'date', label: text('Oppstart'), required: true, earliest: '2026-01-01', latest: '2026-12-31' },
        { key: 'theme', kind: 'choice', label: text('Tema'), options: [{ value: 'sport', label: text('Idrett') }, { value: 'culture', label: text('Kultur') }, { value: 'school', label: text('Skole') }] },
        { key: 'channels', kind: 'choice', label: text('Kanaler'), multiple: true, options: [{ value: 'web', label: text('Nett') }, { value: 'paper', label: text('Papir') }, { value: 'radio', label: text('Radio') }] },
      ],
    },
    {
      key: 'impact',
      title: text('Virkning'),
      fields: [
        { key: 'reach', kind: 'reach', label: text('Hvem nås'), required: true },
        { key: 'goals', kind: 'goals', label: text('Mål') },
        { key: 'efforts', kind: 'efforts', label: text('Tiltak') },
        { key: 'budget_file', kind: 'attachment', label: text('Budsjett som fil'), accept: ['pdf', 'xlsx'], maxSizeMb: 2, maxFiles: 2 },
      ],
    },
  ],
});

const pdf = { fileId: FILE, name: 'budsjett.pdf', size: 1000, type: 'pdf' };
const complete = {
  title: 'Sommerjobb for ungdom',
  summary: 'Ungdom får sin første jobb.',
  participants: 40,
  share: 0.25,
  budget_total: 450_000,
  own_funding: 0,
  start_date: '2026-06-15',
  theme: 'school',
  channels: ['web', 'radio'],
  reach: [{ areaId: AREA, targetGroup: 'Elever på 8.–10. trinn', count: 120 }, { areaId: null, targetGroup: 'Foreldre', count: 30 }],
  goals: [GOAL],
  efforts: [EFFORT],
  budget_file: [pdf],
};
const context = { goalIds: [GOAL, OTHER_GOAL], effortIds: [EFFORT], areaIds: [AREA] };

/** The issues of answers that are complete but for the given changes. */
const issuesWith = (changes: Record<string, unknown>, mode: 'draft' | 'submit' = 'draft') => validateAnswers(form, { ...complete, ...changes }, mode, context);
const one = (path: string, code: string, params?: Record<string, string | number>) => [params ? { path, code, params } : { path, code }];

describe('validateAnswers', () => {
  it('accepts complete answers as a draft and as a submission', () => {
    expect(validateAnswers(form, complete, 'draft', context)).toEqual([]);
    expect(validateAnswers(form, complete, 'submit', context)).toEqual([]);
    expect(FormAnswers.safeParse(complete).success).toBe(true);
  });

  it('asks for required fields only when the application is submitted', () => {
    const partial = { title: '  ', reach: [], summary: 'Et utkast.' };
    expect(validateAnswers(form, partial, 'draft')).toEqual([]);
    expect(validateAnswers(form, partial, 'submit')).toEqual([
      { path: 'answers.title', code: 'required' },
      { path: 'answers.budget_total', code: 'required' },
      { path: 'answers.start_date', code: 'required' },
      { path: 'answers.reach', code: 'required' },
    ]);
    expect(issuesWith({ budget_total: null }, 'submit')).toEqual(one('answers.budget_total', 'required'));
  });

  it('checks the limits of a draft as of a submission', () => {
    expect(validateAnswers(form, { participants: 0 }, 'draft')).toEqual(one('answers.participants', 'tooSmall', { min: 1 }));
  });

  it('holds texts to their length and refuses NUL and broken characters', () => {
    expect(issuesWith({ title: 'x'.repeat(80) })).toEqual([]);
    expect(issuesWith({ title: 'x'.repeat(81) })).toEqual(one('answers.title', 'tooLong', { max: 80 }));
    expect(issuesWith({ summary: 'y'.repeat(51) })).toEqual(one('answers.summary', 'tooLong', { max: 50 }));
    expect(issuesWith({ title: 'Sommer\u0000jobb' })).toEqual(one('answers.title', 'unstorableText'));
    expect(issuesWith({ summary: 'halv \ud800' })).toEqual(one('answers.summary', 'unstorableText'));
  });

  it('wants numbers, whole where the field says so, within their bounds', () => {
    expect(issuesWith({ participants: '40' })).toEqual(one('answers.participants', 'notANumber'));
    expect(issuesWith({ participants: Number.NaN })).toEqual(one('answers.participants', 'notANumber'));
    expect(issuesWith({ share: Number.POSITIVE_INFINITY })).toEqual(one('answers.share', 'notANumber'));
    expect(issuesWith({ participants: 2.5 })).toEqual(one('answers.participants', 'notInteger'));
    expect(issuesWith({ participants: 501 })).toEqual(one('answers.participants', 'tooLarge', { max: 500 }));
    expect(issuesWith({ share: -0.1 })).toEqual(one('answers.share', 'tooSmall', { min: 0 }));
    expect(issuesWith({ share: 0.5 })).toEqual([]);
  });

  it('wants amounts in whole kroner, within the field’s bounds or the platform’s', () => {
    expect(issuesWith({ budget_total: 1000.5 })).toEqual(one('answers.budget_total', 'notInteger'));
    expect(issuesWith({ budget_total: 999 })).toEqual(one('answers.budget_total', 'tooSmall', { min: 1000 }));
    expect(issuesWith({ budget_total: 2_000_001 })).toEqual(one('answers.budget_total', 'tooLarge', { max: 2_000_000 }));
    expect(issuesWith({ own_funding: -1 })).toEqual(one('answers.own_funding', 'tooSmall', { min: 0 }));
    expect(issuesWith({ own_funding: 1e13 })).toEqual(one('answers.own_funding', 'tooLarge', { max: 1e12 }));
  });

  it('wants real dates within the field’s period', () => {
    for (const bad of ['2026-02-30', '15.06.2026', '2026-6-15', '2026-13-01']) expect(issuesWith({ start_date: bad })).toEqual(one('answers.start_date', 'date'));
    expect(issuesWith({ start_date: '2025-12-31' })).toEqual(one('answers.start_date', 'tooEarly', { earliest: '2026-01-01' }));
    expect(issuesWith({ start_date: '2027-01-01' })).toEqual(one('answers.start_date', 'tooLate', { latest: '2026-12-31' }));
    expect(issuesWith({ start_date: '2026-12-31' })).toEqual([]);
  });

  it('takes one option, or several distinct ones where the field allows', () => {
    expect(issuesWith({ theme: 'music' })).toEqual(one('answers.theme', 'notAnOption'));
    expect(issuesWith({ theme: ['sport', 'culture'] })).toEqual(one('answers.theme', 'oneOption'));
    expect(issuesWith({ channels: ['web', 'tv'] })).toEqual(one('answers.channels.1', 'notAnOption'));
    expect(issuesWith({ channels: ['web', 'web'] })).toEqual(one('answers.channels.1', 'duplicate'));
    expect(issuesWith({ channels: ['web', 'paper', 'radio', 'web'] })).toEqual(one('answers.channels', 'tooMany', { max: 3 }));
  });

  it('counts the areas and target groups reached, row by row', () => {
    const rows = (...changes: Record<string, unknown>[]) => changes.map((c) => ({ areaId: AREA, targetGroup: 'Elever', count: 10, ...c }));
    expect(issuesWith({ reach: rows({}, { targetGroup: 'Lærere' }, { targetGroup: 'Foreldre', count: 0 }) })).toEqual(one('answers.reach.2.count', 'tooSmall', { min: 1 }));
    expect(issuesWith({ reach: rows({ count: 1_000_001 }) })).toEqual(one('answers.reach.0.count', 'tooLarge', { max: 1_000_000 }));
    expect(issuesWith({ reach: rows({ count: 1.5 }) })).toEqual(one('answers.reach.0.count', 'notInteger'));
    expect(issuesWith({ reach: rows({ targetGroup: 'x'.repeat(201) }) })).toEqual(one('answers.reach.0.targetGroup', 'tooLong', { max: 200 }));
    expect(issuesWith({ reach: rows({ targetGroup: 'Elever\u0000' }) })).toEqual(one('answers.reach.0.targetGroup', 'unstorableText'));
    expect(issuesWith({ reach: rows({}, { targetGroup: ' elever ' }) })).toEqual(one('answers.reach.1', 'duplicate'));
    expect(issuesWith({ reach: rows({ name: 'Kari Nordmann' }) })).toEqual(one('answers.reach.0.name', 'unknownField'));
    expect(issuesWith({ reach: Array.from({ length: 101 }, (_, i) => ({ areaId: null, targetGroup: `Gruppe ${i}`, count: 1 })) })).toEqual(
      one('answers.reach', 'tooMany', { max: 100 }),
    );
  });

  it('lets a draft leave a row half filled, not a submission', () => {
    const reach = [{ areaId: null, targetGroup: '', count: null }];
    expect(issuesWith({ reach })).toEqual([]);
    expect(issuesWith({ reach }, 'submit')).toEqual([
      { path: 'answers.reach.0.targetGroup', code: 'required' },
      { path: 'answers.reach.0.count', code: 'required' },
    ]);
  });

  it('refuses goals, efforts and areas outside the programme', () => {
    expect(issuesWith({ goals: [GOAL, EFFORT] })).toEqual(one('answers.goals.1', 'notInProgramme'));
    expect(issuesWith({ efforts: [GOAL] })).toEqual(one('answers.efforts.0', 'notInProgramme'));
    expect(issuesWith({ reach: [{ areaId: OTHER_GOAL, targetGroup: 'Elever', count: 3 }] })).toEqual(one('answers.reach.0.areaId', 'notInProgramme'));
    expect(issuesWith({ goals: [GOAL, GOAL] })).toEqual(one('answers.goals.1', 'duplicate'));
    // Without the programme's ids, any id will do, but it must be one.
    expect(validateAnswers(form, { goals: [EFFORT], efforts: ['tiltak-1'] }, 'draft')).toEqual(one('answers.efforts.0', 'wrongKind'));
    expect(issuesWith({ goals: Array.from({ length: 51 }, () => GOAL) })).toEqual(one('answers.goals', 'tooMany', { max: 50 }));
  });

  it('holds attachments to the field’s file types, size and number', () => {
    expect(issuesWith({ budget_file: [{ ...pdf, type: 'docx' }] })).toEqual(one('answers.budget_file.0.type', 'fileType', { accept: 'pdf, xlsx' }));
    expect(issuesWith({ budget_file: [{ ...pdf, size: 2 * 1024 * 1024 }] })).toEqual([]);
    expect(issuesWith({ budget_file: [{ ...pdf, size: 2 * 1024 * 1024 + 1 }] })).toEqual(one('answers.budget_file.0', 'fileTooLarge', { maxSizeMb: 2 }));
    const third = { ...pdf, fileId: GOAL };
    expect(issuesWith({ budget_file: [pdf, third, { ...pdf, fileId: EFFORT }] })).toEqual(one('answers.budget_file', 'tooManyFiles', { max: 2 }));
    expect(issuesWith({ budget_file: [pdf, pdf] })).toEqual(one('answers.budget_file.1', 'duplicate'));
    expect(issuesWith({ budget_file: [{ ...pdf, path: '/etc/passwd' }] })).toEqual(one('answers.budget_file.0.path', 'unknownField'));
    expect(issuesWith({ budget_file: [{ ...pdf, name: 'a\u0000.pdf' }] })).toEqual(one('answers.budget_file.0.name', 'unstorableText'));
  });

  it('refuses keys the form does not have, __proto__ among them', () => {
    expect(issuesWith({ nope: 'x' })).toEqual(one('answers.nope', 'unknownField'));
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "title": "Tittel"}') as Record<string, unknown>;
    expect(validateAnswers(form, hostile, 'draft')).toEqual(one('answers.__proto__', 'unknownField'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says when an answer is of the wrong kind, without failing on hostile values', () => {
    expect(issuesWith({ title: { nb: 'Tittel', toString: 'x' } })).toEqual(one('answers.title', 'wrongKind'));
    expect(issuesWith({ title: ['Tittel'] })).toEqual(one('answers.title', 'wrongKind'));
    expect(issuesWith({ participants: true })).toEqual(one('answers.participants', 'wrongKind'));
    expect(issuesWith({ start_date: 20260615 })).toEqual(one('answers.start_date', 'wrongKind'));
    expect(issuesWith({ theme: { value: 'sport' } })).toEqual(one('answers.theme', 'wrongKind'));
    expect(issuesWith({ channels: 'web' })).toEqual(one('answers.channels', 'wrongKind'));
    expect(issuesWith({ goals: GOAL })).toEqual(one('answers.goals', 'wrongKind'));
    expect(issuesWith({ reach: ['Elever'] })).toEqual(one('answers.reach.0', 'wrongKind'));
    expect(issuesWith({ budget_file: pdf })).toEqual(one('answers.budget_file', 'wrongKind'));
    expect(issuesWith({ budget_file: [{ ...pdf, size: '1000' }] })).toEqual(one('answers.budget_file.0.size', 'wrongKind'));
    for (const answers of [null, 'answers', [complete], 42]) expect(validateAnswers(form, answers, 'submit')).toEqual(one('answers', 'wrongKind'));
  });

  it('reads one issue from a huge list, not one per item', () => {
    const huge = Array.from({ length: 1_000_000 }, () => 'web');
    expect(issuesWith({ channels: huge, goals: huge, reach: huge, budget_file: huge })).toEqual([
      { path: 'answers.channels', code: 'tooMany', params: { max: 3 } },
      { path: 'answers.reach', code: 'tooMany', params: { max: 100 } },
      { path: 'answers.goals', code: 'tooMany', params: { max: 50 } },
      { path: 'answers.budget_file', code: 'tooManyFiles', params: { max: 2 } },
    ]);
  });

  it('refuses more than 300 keys with one issue', () => {
    const many = Object.fromEntries(Array.from({ length: 301 }, (_, i) => [`field_${i}`, 'x']));
    expect(validateAnswers(form, many, 'draft')).toEqual(one('answers', 'tooManyAnswers', { max: 300 }));
    const at300 = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`field_${i}`, 'x']));
    expect(validateAnswers(form, at300, 'draft')).toHaveLength(300);
  });

  it('never reads an answer from the prototype', () => {
    const odd = ApplicationForm.parse({ sections: [{ key: 's', title: text('S'), fields: [{ key: 'constructor', kind: 'short_text', label: text('K'), required: true }] }] });
    expect(validateAnswers(odd, {}, 'submit')).toEqual(one('answers.constructor', 'required'));
    expect(missingFields(odd, {})).toEqual([{ sectionKey: 's', fieldKey: 'constructor', label: text('K') }]);
    expect(fieldByKey(form, 'constructor')).toBeUndefined();
    expect(fieldByKey(form, '__proto__')).toBeUndefined();
    expect(fieldByKey(form, 'theme')?.kind).toBe('choice');
  });
});

describe('missingFields', () => {
  it('lists the required fields still empty, in form order', () => {
    expect(missingFields(form, { title: 'Tittel', reach: [] })).toEqual([
      { sectionKey: 'project', fieldKey: 'budget_total', label: text('Budsjett') },
      { sectionKey: 'project', fieldKey: 'start_date', label: text('Oppstart') },
      { sectionKey: 'impact', fieldKey: 'reach', label: text('Hvem nås') },
    ]);
    expect(missingFields(form, complete)).toEqual([]);
  });
});

describe('answersDiff', () => {
  it('lists the fields whose answers changed between two versions, in form order', () => {
    const after = {
      ...complete,
      summary: 'Ungdom får sin første sommerjobb.',
      channels: ['radio', 'web'],
      reach: [{ ...complete.reach[0], count: 150 }, complete.reach[1]],
      goals: [GOAL, OTHER_GOAL],
      budget_file: [],
      participants: 40,
      theme: undefined,
    };
    const changes = answersDiff(form, complete, after);
    expect(changes.map((c) => [c.fieldKey, c.kind])).toEqual([
      ['summary', 'long_text'],
      ['theme', 'choice'],
      ['reach', 'reach'],
      ['goals', 'goals'],
      ['budget_file', 'attachment'],
    ]);
    expect(changes[1]).toEqual({ fieldKey: 'theme', kind: 'choice', label: text('Tema'), before: 'school', after: null });
    const summary = changes[0]!;
    expect(diffWords(summary.before as string, summary.after as string).filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'jobb.' },
      { kind: 'added', text: 'sommerjobb.' },
    ]);
  });

  it('sees no change where only emptiness or the order of keys differs', () => {
    const reordered = { ...complete, reach: complete.reach.map(({ count, targetGroup, areaId }) => ({ count, targetGroup, areaId })) };
    expect(answersDiff(form, complete, reordered)).toEqual([]);
    expect(answersDiff(form, { summary: '', goals: [] }, { summary: null, goals: undefined })).toEqual([]);
    expect(answersDiff(form, { channels: ['web'] }, { channels: ['web', 'web'] })).toHaveLength(1);
  });
});

describe('formFieldKeys', () => {
  it('gives the keys in form order', () => {
    expect(formFieldKeys(form)).toEqual(['title', 'summary', 'participants', 'share', 'budget_total', 'own_funding', 'start_date', 'theme', 'channels', 'reach', 'goals', 'efforts', 'budget_file']);
  });
});

describe('ApplicationForm', () => {
  const field = (key: string, extra: Record<string, unknown> = {}) => ({ key, kind: 'short_text', label: text(key), ...extra });
  const section = (key: string, fields: unknown[]) => ({ key, title: text(key), fields });
  const problems = (input: unknown) => {
    const result = ApplicationForm.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('fills in the defaults of a field', () => {
    const parsed = ApplicationForm.parse({
      sections: [section('a', [field('a'), field('b', { kind: 'long_text' }), field('c', { kind: 'attachment', accept: ['pdf'] }), field('d', { kind: 'choice', options: [{ value: 'x', label: text('X') }, { value: 'y', label: text('Y') }] })])],
    });
    expect(parsed.sections[0]!.fields).toMatchObject([
      { required: false, maxLength: 200 },
      { maxLength: 5000 },
      { maxSizeMb: 25, maxFiles: 1 },
      { multiple: false },
    ]);
  });

  it('refuses a field key used twice in the form, and a section key used twice', () => {
    expect(problems({ sections: [section('a', [field('name')]), section('b', [field('email'), field('name')])] })).toEqual(['sections.1.fields.1.key:duplicateKey']);
    expect(problems({ sections: [section('a', [field('x')]), section('a', [field('y')])] })).toEqual(['sections.1.key:duplicateKey']);
    const options = [{ value: 'x', label: text('X') }, { value: 'x', label: text('Y') }];
    expect(problems({ sections: [section('a', [field('c', { kind: 'choice', options })])] })).toEqual(['sections.0.fields.0.options.1.value:duplicateKey']);
  });

  it('refuses a lower bound above the upper one', () => {
    expect(problems({ sections: [section('a', [field('n', { kind: 'number', min: 5, max: 4 })])] })).toEqual(['sections.0.fields.0.max:rangeOrder']);
    expect(problems({ sections: [section('a', [field('m', { kind: 'amount', min: 5, max: 5 })])] })).toEqual([]);
    expect(problems({ sections: [section('a', [field('d', { kind: 'date', earliest: '2026-02-01', latest: '2026-01-31' })])] })).toEqual(['sections.0.fields.0.latest:rangeOrder']);
  });

  it('refuses more than 300 fields in all', () => {
    const sections = (n: number) => Array.from({ length: n }, (_, s) => section(`s${s}`, Array.from({ length: 60 }, (_, f) => field(`f${s}_${f}`))));
    expect(problems({ sections: sections(5) })).toEqual([]);
    const over = sections(5);
    over.push(section('s5', [field('one_more')]));
    expect(problems({ sections: over })).toEqual(['sections:tooManyFields']);
  });

  it('holds keys, kinds and limits to what the platform offers', () => {
    expect(problems({ sections: [section('a', [field('Navn')])] })).toEqual(['sections.0.fields.0.key:formKey']);
    expect(problems({ sections: [section('a', [field('x', { kind: 'short_text', maxLength: 501 })])] })).toHaveLength(1);
    expect(problems({ sections: [section('a', [field('x', { kind: 'attachment', accept: [] })])] })).toHaveLength(1);
    expect(problems({ sections: [section('a', [field('x', { kind: 'attachment', accept: ['exe'] })])] })).toHaveLength(1);
    expect(problems({ sections: [section('a', [field('x', { kind: 'choice', options: [{ value: 'x', label: text('X') }] })])] })).toHaveLength(1);
    expect(problems({ sections: [section('a', [field('x', { kind: 'table' })])] })).toHaveLength(1);
  });
});

describe('FormAnswers', () => {
  const problems = (input: unknown) => {
    const result = FormAnswers.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.code === 'invalid_union' ? 'union' : i.message}`);
  };

  it('refuses text with a NUL character', () => {
    expect(problems({ title: 'a\u0000b' })).toEqual(['title:unstorableText']);
    expect(problems({ reach: [{ areaId: null, targetGroup: '\u0000', count: 3 }] })).toEqual(['reach.0.targetGroup:unstorableText']);
    expect(problems({ title: 'a\ud800' })).toEqual(['title:unstorableText']);
  });

  it('refuses more than 300 keys before reading their values', () => {
    const many = Object.fromEntries(Array.from({ length: 301 }, (_, i) => [`field_${i}`, { deep: 'x' }]));
    expect(problems(many)).toEqual([':tooManyAnswers']);
  });

  it('keeps to the shapes of the kinds: no objects, nesting or extra keys', () => {
    expect(problems({ title: { nb: 'x' } })).toEqual(['title:union']);
    expect(problems({ reach: [{ areaId: null, targetGroup: 'Elever', count: 3, names: ['Kari'] }] })).toEqual(['reach.0:Unrecognized key: "names"']);
    expect(problems({ channels: [['web']] })).toEqual(['channels:union']);
    expect(problems({ Title: 'x' })).toHaveLength(1);
    expect(problems({ channels: Array.from({ length: 100_000 }, () => 'web') })).toEqual(['channels:union']);
  });

  it('drops a __proto__ key without touching any prototype', () => {
    const parsed = FormAnswers.parse(JSON.parse('{"__proto__": {"polluted": true}, "title": "Tittel"}'));
    expect(parsed).toEqual({ title: 'Tittel' });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
