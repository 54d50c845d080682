import { Button } from '@digdir/designsystemet-react';
import { ConfirmDelete } from '../../../components/ConfirmDelete';

interface Props {
  /** The visible words of the edit button, and its accessible name (which names the item). */
  editText: string;
  editName: string;
  isEditing: boolean;
  onToggleEdit: () => void;
  /** The item's name, and the remove button's accessible name. */
  itemName: string;
  removeName: string;
  pending: boolean;
  error: unknown;
  onRemove: () => void;
}

/** The edit toggle and the confirmed removal an item of a group's lists (members, notes) offers. */
export function EditRemoveActions({ editText, editName, isEditing, onToggleEdit, itemName, removeName, pending, error, onRemove }: Props) {
  return (
    <div className="form-actions">
      <Button type="button" variant="tertiary" data-size="sm" aria-expanded={isEditing} aria-label={editName} onClick={onToggleEdit}>
        {editText}
      </Button>
      <ConfirmDelete compact name={itemName} label={removeName} pending={pending} error={error} onConfirm={onRemove} />
    </div>
  );
}
