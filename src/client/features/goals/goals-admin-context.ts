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
  /**
   * Says what was done beside the button focus goes back to (`at`; by default the one that
   * opened the form), not at the top of the page.
   */
  announce(message: string, at?: string): void;
  /** The last message and the id of the button it is shown beside. */
  message: { text: string; at: string } | null;
}

/** The id of the message shown beside the button `at`, while there is one. */
export function statusIdFor(ctx: Pick<AdminContext, 'message'>, at: string): string | undefined {
  return ctx.message?.at === at ? `${at}-status` : undefined;
}
