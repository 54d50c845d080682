import type { Programme, ProgrammeSummary } from '../../../shared/contracts/programmes';
import type { TreeGoal } from './goal-tree';

/** The one form open on the page, and the id of the button that opened it (focus returns there). */
export type Editor =
  | { kind: 'newGoal'; parentId: string | null; trigger: string }
  | { kind: 'editGoal'; goalId: string; trigger: string }
  | { kind: 'newTarget'; goalId: string; trigger: string }
  | { kind: 'editTarget'; targetId: string; trigger: string };

export interface AdminContext {
  programme: Programme;
  programmes: readonly ProgrammeSummary[];
  ownGoals: readonly TreeGoal[];
  inheritedGoals: readonly TreeGoal[];
  editor: Editor | null;
  open(editor: Editor): void;
  close(focusId?: string): void;
  announce(message: string): void;
}
