import type { Programme } from '../../../shared/contracts/programmes';

/** Placeholder: the section on the public programme page (being built). */
export function ProgrammeGoalsSection(_props: { programme: Programme }) {
  return null;
}
