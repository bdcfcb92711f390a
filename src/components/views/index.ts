import type { RouteKind } from '../../lib/routes.ts';
import Home from './Home.astro';
import SectionIndex from './SectionIndex.astro';

/** The view that renders each kind of page. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const views: Record<RouteKind, any> = {
  home: Home,
  policy: SectionIndex,
  measure: SectionIndex,
  departments: SectionIndex,
  department: SectionIndex,
  sites: SectionIndex,
  site: SectionIndex,
  products: SectionIndex,
  product: SectionIndex,
  routes: SectionIndex,
  route: SectionIndex,
  place: SectionIndex,
  timeline: SectionIndex,
  page: SectionIndex,
};
