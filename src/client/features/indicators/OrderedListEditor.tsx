import { useRef, useState, type ReactNode } from 'react';
import { Button, Heading, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { EntityPicker, type PickerSource } from '../../components/forms/EntityPicker';
import { ProblemAlert } from '../../components/ProblemAlert';
import {
  addItem,
  focusAfterMove,
  focusAfterRemove,
  moveItem,
  removeItem,
  type Identified,
} from './ordered-list';
import './indicators.css';

interface Props<T extends Identified> {
  /** Base of the DOM ids; the section's heading has it, so an error summary can link there. */
  id: string;
  title: string;
  description: string;
  emptyText: string;
  items: T[];
  onChange(items: T[]): void;
  /** Plain text naming an item, for buttons and announcements. */
  itemName(item: T): string;
  renderItem(item: T): ReactNode;
  /** Speaks a change through the page's live region. */
  announce(message: string): void;
  readOnly: boolean;
  max: number;
  error?: string;
  picker: {
    label: string;
    searchLabel: string;
    source: PickerSource;
    /** The record to add for the chosen option. */
    resolve(optionId: string): Promise<T>;
  };
}

/**
 * An ordered list the user builds: add from a register, move up and down, remove. Every control
 * is a labelled button naming its item; focus stays on a usable control after each change and
 * the change is announced.
 */
export function OrderedListEditor<T extends Identified>(props: Props<T>) {
  const {
    id,
    title,
    description,
    emptyText,
    items,
    onChange,
    itemName,
    renderItem,
    announce,
    readOnly,
    max,
    error,
    picker,
  } = props;
  const { t } = useTranslation();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [choice, setChoice] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<unknown>(null);
  // The heading carries the base id: the error summary links to it.
  const headingId = id;
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };
  // After React has rendered the new order, the buttons of the moved item exist at their new place.
  const focusLater = (key: string) =>
    requestAnimationFrame(() => buttons.current.get(key)?.focus());

  const move = (index: number, delta: -1 | 1) => {
    const item = items[index]!;
    const next = moveItem(items, index, delta);
    onChange(next);
    const to = index + delta;
    focusLater(`${item.id}:${focusAfterMove(to, delta, next.length)}`);
    announce(
      t('indicators.list.moved', { name: itemName(item), position: to + 1, count: next.length }),
    );
  };

  const remove = (index: number) => {
    const item = items[index]!;
    const next = removeItem(items, index);
    onChange(next);
    const target = focusAfterRemove(index, next.length);
    if (target === null)
      requestAnimationFrame(() => document.getElementById(`${id}-add-search`)?.focus());
    else focusLater(`${next[target]!.id}:remove`);
    announce(t('indicators.list.removed', { name: itemName(item) }));
  };

  const add = async () => {
    if (choice === null) return;
    setAdding(true);
    setAddError(null);
    try {
      const item = await picker.resolve(choice);
      const result = addItem(items, item, max);
      if (result.added) {
        onChange(result.items);
        setChoice(null);
        announce(
          t('indicators.list.added', { name: itemName(item), position: result.items.length }),
        );
      } else if (items.length >= max) {
        announce(t('indicators.list.full', { count: max }));
      } else {
        announce(t('indicators.list.already', { name: itemName(item) }));
      }
    } catch (e) {
      setAddError(e);
    } finally {
      setAdding(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="stack-sm ordered-editor">
      <Heading level={2} data-size="sm" id={headingId} tabIndex={-1}>
        {title}
      </Heading>
      <Paragraph className="muted">{description}</Paragraph>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      {items.length === 0 ? (
        <Paragraph>{emptyText}</Paragraph>
      ) : (
        <ol className="ordered-list" aria-labelledby={headingId}>
          {items.map((item, index) => (
            <li key={item.id} className="ordered-item">
              <span className="ordered-position" aria-hidden="true">
                {index + 1}.
              </span>
              <span className="ordered-content">{renderItem(item)}</span>
              {readOnly ? null : (
                <span className="ordered-actions">
                  <Button
                    ref={ref(`${item.id}:up`)}
                    variant="tertiary"
                    data-size="sm"
                    disabled={index === 0}
                    aria-label={`${t('indicators.list.up')}: ${itemName(item)}`}
                    onClick={() => move(index, -1)}
                  >
                    {t('indicators.list.up')}
                  </Button>
                  <Button
                    ref={ref(`${item.id}:down`)}
                    variant="tertiary"
                    data-size="sm"
                    disabled={index === items.length - 1}
                    aria-label={`${t('indicators.list.down')}: ${itemName(item)}`}
                    onClick={() => move(index, 1)}
                  >
                    {t('indicators.list.down')}
                  </Button>
                  <Button
                    ref={ref(`${item.id}:remove`)}
                    variant="tertiary"
                    data-size="sm"
                    data-color="danger"
                    aria-label={`${t('common.remove')}: ${itemName(item)}`}
                    onClick={() => remove(index)}
                  >
                    {t('common.remove')}
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <div className="subform stack-sm">
          <EntityPicker
            id={`${id}-add`}
            label={picker.label}
            searchLabel={picker.searchLabel}
            source={picker.source}
            value={choice}
            onChange={setChoice}
          />
          {addError ? <ProblemAlert error={addError} /> : null}
          <div>
            <Button
              variant="secondary"
              data-size="sm"
              disabled={choice === null || adding}
              onClick={() => void add()}
            >
              {t('indicators.list.add')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
