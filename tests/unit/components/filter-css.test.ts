import { describe, expect, it } from 'vitest';
import { filterCss } from '../../../src/components/catalog/filter-css.ts';

describe('filterCss', () => {
  it('hides items without the checked value', () => {
    expect(filterCss({ place: ['dengfeng'] })).toBe(
      '.filterable:has(input[name="place"][value="dengfeng"]:checked) [data-place]:not([data-place~="dengfeng"]){display:none}\n',
    );
  });
  it('refuses values that would break the selector', () => {
    expect(() => filterCss({ place: ['a"]{}'] })).toThrow(/kebab-case/);
  });
});
