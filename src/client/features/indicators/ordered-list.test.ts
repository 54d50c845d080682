import { describe, expect, it } from 'vitest';
import {
  addItem,
  focusAfterMove,
  focusAfterRemove,
  moveItem,
  removeItem,
  sameOrder,
} from './ordered-list';

const a = { id: 'a' };
const b = { id: 'b' };
const c = { id: 'c' };

describe('ordered list editing', () => {
  it('moves an item one place and keeps the others in order', () => {
    expect(moveItem([a, b, c], 2, -1)).toEqual([a, c, b]);
    expect(moveItem([a, b, c], 0, 1)).toEqual([b, a, c]);
  });

  it('leaves the list as it is when the item is already at that end', () => {
    expect(moveItem([a, b, c], 0, -1)).toEqual([a, b, c]);
    expect(moveItem([a, b, c], 2, 1)).toEqual([a, b, c]);
    expect(moveItem([a, b, c], 5, -1)).toEqual([a, b, c]);
  });

  it('adds at the end, never twice and never beyond the limit', () => {
    expect(addItem([a], b)).toEqual({ items: [a, b], added: true });
    expect(addItem([a, b], { id: 'b' })).toEqual({ items: [a, b], added: false });
    expect(addItem([a, b], c, 2)).toEqual({ items: [a, b], added: false });
  });

  it('removes by position', () => {
    expect(removeItem([a, b, c], 1)).toEqual([a, c]);
  });

  it('keeps focus on an arrow that is still usable after a move', () => {
    // Moved up into first place: "up" is now disabled, so focus goes to "down".
    expect(focusAfterMove(0, -1, 3)).toBe('down');
    expect(focusAfterMove(1, -1, 3)).toBe('up');
    // Moved down into last place: focus goes to "up".
    expect(focusAfterMove(2, 1, 3)).toBe('up');
    expect(focusAfterMove(1, 1, 3)).toBe('down');
  });

  it("moves focus to the item that took the removed one's place, or the one before it", () => {
    expect(focusAfterRemove(1, 2)).toBe(1);
    expect(focusAfterRemove(2, 2)).toBe(1);
    expect(focusAfterRemove(0, 0)).toBeNull();
  });

  it('compares order by id', () => {
    expect(sameOrder([a, b], [{ id: 'a' }, { id: 'b' }])).toBe(true);
    expect(sameOrder([a, b], [b, a])).toBe(false);
    expect(sameOrder([a], [a, b])).toBe(false);
  });
});
