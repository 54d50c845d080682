import { useId } from 'react';

/** A unique id usable inside SVG `url(#…)` references, which React's own ids may not be. */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
}
