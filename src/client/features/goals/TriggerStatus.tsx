import { ActionStatus } from '../../components/forms/ActionStatus';
import type { AdminContext } from './goals-admin-context';

/**
 * The message of the last save or deletion, beside the button focus went back to (the button
 * names it with `aria-describedby={statusIdFor(ctx, at)}`, so it is read out with the button).
 */
export function TriggerStatus({ ctx, at }: { ctx: Pick<AdminContext, 'message'>; at: string }) {
  return <ActionStatus id={`${at}-status`} message={ctx.message?.at === at ? ctx.message.text : null} />;
}
