import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withoutUnusedComponents } from './design-system-css';

const SAMPLE = `@layer ds.base, ds.components;
@layer ds.components{.ds-tabs{color:red}.ds-tabs [role=tab]{color:blue}.ds-table{color:green}.ds-tabs,.ds-button{margin:0}:is(.ds-tabs,.ds-card) p{margin:1px}}
@layer ds.components{[data-tooltip]{--ds-tooltip:""}.ds-field{&[data-tooltip]{color:red}}}
@layer ds.components{.ds-popover{&[data-floating]{top:0}}}
@property --_dsc-avatar-stack-overlap{syntax:"<length>";inherits:true;initial-value:0}
@property --_dsc-field-gap{syntax:"<length>";inherits:true;initial-value:0}
@keyframes ds-tabs-slide{to{opacity:1}}@keyframes ds-fade-in{to{opacity:1}}`;

describe('the design system stylesheet without unused components', () => {
  const out = withoutUnusedComponents(SAMPLE, ['tabs', 'tooltip', 'popover', 'avatar-stack']);

  it('leaves out rules whose every selector is about an unused component, and their names', () => {
    expect(out).not.toMatch(/\.ds-tabs\{/);
    expect(out).not.toContain('.ds-tabs [role=tab]');
    expect(out).not.toContain('--ds-tooltip');
    expect(out).not.toContain('.ds-popover');
    expect(out).not.toContain('avatar-stack');
    expect(out).not.toContain('ds-tabs-slide');
  });

  it('keeps rules shared with a used component, components whose name only starts alike, nested rules and other names', () => {
    expect(out).toContain('.ds-table{color:green}');
    expect(out).toContain('.ds-tabs,.ds-button{margin:0}');
    expect(out).toContain(':is(.ds-tabs,.ds-card) p{margin:1px}');
    expect(out).toContain('.ds-field{&[data-tooltip]{color:red}}');
    expect(out).toContain('--_dsc-field-gap');
    expect(out).toContain('@keyframes ds-fade-in');
    expect(out).toContain('@layer ds.base, ds.components;');
    // A layer block left empty goes with its rules.
    expect(out.match(/@layer ds\.components\{/g)).toHaveLength(2);
  });

  it('keeps every component the pages use in the real stylesheet, and drops the unused ones', () => {
    const file = createRequire(import.meta.url).resolve('@digdir/designsystemet-css');
    const css = readFileSync(file, 'utf8');
    const trimmed = withoutUnusedComponents(css);
    expect(trimmed.length).toBeLessThan(css.length * 0.75);
    for (const used of ['alert', 'button', 'card', 'details', 'error-summary', 'field', 'fieldset', 'heading', 'input', 'label', 'link', 'paragraph', 'skip-link', 'spinner', 'table', 'tag', 'validation-message']) {
      expect(trimmed, used).toContain(`.ds-${used}`);
    }
    for (const unused of ['tabs', 'popover', 'dialog', 'chip', 'pagination', 'breadcrumbs']) expect(trimmed, unused).not.toMatch(new RegExp(`\\.ds-${unused}[^\\w-]`));
  });
});
