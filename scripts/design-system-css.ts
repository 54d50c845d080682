import postcss, { type Root } from 'postcss';

/**
 * The design system's stylesheet without the components Samordna does not use. Every page's first
 * paint waits for this stylesheet, and the browser matches each of its rules against every
 * element, so rules for components no page shows cost each reader. A rule is left out when every
 * selector in it names one of the `unused` components (`.ds-tabs …`, `[data-tooltip]`) and no
 * other; so are
 * the custom properties and animations named after them. Everything else stays as it is, in its
 * place and its cascade layer.
 */

/** Components no page of Samordna uses (the design system's class names, without `ds-`). */
export const UNUSED_COMPONENTS = [
  'avatar',
  'avatar-stack',
  'badge',
  'breadcrumbs',
  'chip',
  'dialog',
  'divider',
  'dropdown',
  'pagination',
  'popover',
  'search',
  'skeleton',
  'tabs',
  'toggle-group',
  'togglegroup',
  'tooltip',
] as const;

/** Splits a selector list at its top-level commas (not those inside `:is(…)` or `[…]`). */
function selectorsOf(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out;
}

export function withoutUnusedComponents(css: string, unused: readonly string[] = UNUSED_COMPONENTS): string {
  const names = unused.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
  // A selector that is about an unused component: its class, or the tooltip's data attribute.
  const about = new RegExp(`\\.ds-(${names})(?![\\w-])|\\[data-(${names})(?![\\w-])`);
  const named = new RegExp(`^(--_?dsc?-(${names})(?![a-z])|ds-(${names})(?![a-z]))`);
  const drop = new Set(unused);
  // A selector that names any other component may style it too (`:is(.ds-tabs,.ds-card) p`).
  const namesUsed = (selector: string) => [...selector.matchAll(/\.ds-([a-z-]+)/g)].some((m) => !drop.has(m[1]!));
  const root: Root = postcss.parse(css);
  root.walkRules((rule) => {
    // Nested rules (`&[data-x]`) belong to the rule round them, which decides for them.
    if (rule.parent?.type === 'rule') return;
    if (selectorsOf(rule.selector).every((s) => about.test(s) && !namesUsed(s))) rule.remove();
  });
  root.walkAtRules((at) => {
    if ((at.name === 'property' || at.name === 'keyframes') && named.test(at.params.trim())) at.remove();
  });
  root.walkAtRules((at) => {
    if (at.nodes !== undefined && at.nodes.length === 0) at.remove();
  });
  return root.toString();
}
