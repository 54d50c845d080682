import './forms.css';

/**
 * What became of the act of the button beside it ("Endringene er lagret."), shown where the user
 * is rather than at the top of the page. A live region that stays in the page, so that a message
 * put into it is read out while focus stays on the button.
 */
export function ActionStatus({ id, message }: { id?: string; message: string | null | undefined }) {
  return (
    <p id={id} role="status" className="action-status">
      {message ?? ''}
    </p>
  );
}
