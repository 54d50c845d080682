/**
 * Editing an ordered list of chosen records (a programme's indicators, focus and reference
 * areas): the order is the order pages show them in, so every change keeps the rest in place.
 */
export interface Identified {
  id: string;
}

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item!);
  return out;
}

/** The list with the item added last, unless it is there already or the list is full. */
export function addItem<T extends Identified>(
  items: readonly T[],
  item: T,
  max = Infinity,
): { items: T[]; added: boolean } {
  if (items.some((i) => i.id === item.id) || items.length >= max)
    return { items: [...items], added: false };
  return { items: [...items, item], added: true };
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/**
 * Which control should hold focus after a move: the same arrow on the moved item, unless the item
 * reached the end that arrow points to (the arrow is then disabled), in which case the other one.
 */
export function focusAfterMove(newIndex: number, delta: -1 | 1, length: number): 'up' | 'down' {
  if (delta === -1) return newIndex === 0 ? 'down' : 'up';
  return newIndex === length - 1 ? 'up' : 'down';
}

/**
 * Where focus goes after removing the item at `index`: the item that took its place, else the
 * one before it, else nothing (the list is empty; the caller focuses the add control).
 */
export function focusAfterRemove(index: number, lengthAfter: number): number | null {
  if (lengthAfter === 0) return null;
  return Math.min(index, lengthAfter - 1);
}

export function sameOrder(a: readonly Identified[], b: readonly Identified[]): boolean {
  return a.length === b.length && a.every((item, i) => item.id === b[i]!.id);
}
