import type { SourceSection } from '../../../../shared/contracts/standards';
import type { MilestoneKind, SectionKind } from '../../../../shared/domain/standards';

/** A list as the form holds it: one item a line. */
export const toLines = (items: readonly string[]) => items.join('\n');
export const fromLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

export interface SectionValues {
  key: string;
  kind: SectionKind;
  heading: string;
  text: string;
  items: string;
  fromSchool: string;
  fromHome: string;
}

export const sectionValues = (s: SourceSection): SectionValues => ({ key: s.key, kind: s.kind, heading: s.heading, text: s.text, items: toLines(s.items), fromSchool: toLines(s.fromSchool), fromHome: toLines(s.fromHome) });

/** The section as the API takes it: only the fields its kind uses. */
export const sectionPayload = (v: SectionValues): SourceSection => ({
  key: v.key.trim(),
  kind: v.kind,
  heading: v.heading,
  text: v.kind === 'list' ? '' : v.text,
  items: v.kind === 'list' ? fromLines(v.items) : [],
  fromSchool: v.kind === 'area' ? fromLines(v.fromSchool) : [],
  fromHome: v.kind === 'area' ? fromLines(v.fromHome) : [],
});

export interface MilestoneValues {
  kind: MilestoneKind;
  on: string;
  until: string;
  note: string;
}
