import { t, type UiKey } from '../../i18n/t.ts';
import type { Route, RouteIndex } from './routes.ts';

/** The header's sections, in order; a section appears once its index page exists. */
const SECTIONS: Array<{ key: string; label: UiKey }> = [
  { key: '/policy/', label: 'nav.policy' },
  { key: '/sites/', label: 'nav.sites' },
  { key: '/products/', label: 'nav.products' },
  { key: '/routes/', label: 'nav.routes' },
  { key: '/search/', label: 'nav.search' },
];

export interface NavLink {
  path: string;
  label: string;
  /** true when the current page is this section or inside it. */
  current: boolean;
}

export function sectionLinks(routes: RouteIndex, current: Route): NavLink[] {
  return SECTIONS.flatMap(({ key, label }) => {
    const route = routes.get(key, current.locale);
    if (!route) return [];
    return [{ path: route.path, label: t(current.locale, label), current: current.key.startsWith(key) }];
  });
}
