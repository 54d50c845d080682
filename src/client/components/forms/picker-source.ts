/**
 * What an entity picker searches and looks up, and the cache keys it keeps them under. Kept apart
 * from the picker's component so that query modules, which public pages load, do not pull the
 * form components in with them.
 */

export interface PickerOption {
  id: string;
  label: string;
}

/** The pickers' cache: searches and looked-up records of each source, by the source's key. */
export const pickerKeys = {
  all: ['picker'] as const,
  search: (source: string, q: string) => ['picker', source, q] as const,
  one: (source: string, id: string | null) => ['picker', source, 'id', id] as const,
};

export interface PickerSource {
  /** Distinguishes the cache of each register. */
  key: string;
  search(q: string): Promise<PickerOption[]>;
  lookup(id: string): Promise<PickerOption>;
}
