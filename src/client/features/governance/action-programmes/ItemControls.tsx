import { useRef } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import {
  focusAfterMove,
  focusAfterRemove,
  moveItem,
  removeItem,
} from '../../indicators/ordered-list';

type Control = 'up' | 'down' | 'remove';

/**
 * Move and remove for the entries of a list in a form. Focus stays on a usable control after
 * each change: the same arrow on the moved entry (the other one at an end), the next entry's
 * remove button after a removal, else the list's add button.
 */
export function useListControls<T extends { key: string }>(
  items: readonly T[],
  onChange: (items: T[]) => void,
  addButtonId: string,
) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };
  const focusLater = (key: string) =>
    requestAnimationFrame(() => buttons.current.get(key)?.focus());
  return {
    ref,
    move(index: number, delta: -1 | 1) {
      const item = items[index]!;
      const next = moveItem(items, index, delta);
      onChange(next);
      focusLater(`${item.key}:${focusAfterMove(index + delta, delta, next.length)}`);
    },
    remove(index: number) {
      const next = removeItem(items, index);
      onChange(next);
      const target = focusAfterRemove(index, next.length);
      if (target === null)
        requestAnimationFrame(() => document.getElementById(addButtonId)?.focus());
      else focusLater(`${next[target]!.key}:remove`);
    },
  };
}

/** The up, down and remove buttons of one entry, each naming it. */
export function ItemControls({
  index,
  count,
  itemKey,
  name,
  controls,
}: {
  index: number;
  count: number;
  itemKey: string;
  name: string;
  controls: Pick<ReturnType<typeof useListControls>, 'ref' | 'move' | 'remove'>;
}) {
  const { t } = useTranslation();
  const button = (control: Control, label: string, onClick: () => void) => (
    <Button
      ref={controls.ref(`${itemKey}:${control}`)}
      type="button"
      variant="tertiary"
      data-size="sm"
      onClick={onClick}
    >
      {label}
    </Button>
  );
  return (
    <div className="form-actions">
      {index > 0
        ? button('up', t('governanceAdmin.actionProgramme.moveUp', { name }), () =>
            controls.move(index, -1),
          )
        : null}
      {index < count - 1
        ? button('down', t('governanceAdmin.actionProgramme.moveDown', { name }), () =>
            controls.move(index, 1),
          )
        : null}
      {button('remove', t('governanceAdmin.actionProgramme.remove', { name }), () =>
        controls.remove(index),
      )}
    </div>
  );
}
