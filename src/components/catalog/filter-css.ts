/**
 * CSS for the no-JavaScript filters: for every value, hide the items of a `.filterable`
 * list that do not carry it while that value's radio button is checked.
 */
export function filterCss(groups: Record<string, string[]>): string {
  const rules: string[] = [];
  for (const [name, values] of Object.entries(groups)) {
    for (const value of values) {
      if (!/^[a-z0-9-]+$/.test(value)) throw new Error(`Filter value "${value}" must be ASCII kebab-case`);
      rules.push(
        `.filterable:has(input[name="${name}"][value="${value}"]:checked) [data-${name}]:not([data-${name}~="${value}"]){display:none}`,
      );
    }
  }
  return rules.join('\n') + '\n';
}
