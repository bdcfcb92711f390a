import type { RouteKind } from '../../lib/routes.ts';
import Home from './Home.astro';
import SectionIndex from './SectionIndex.astro';
import Policy from './Policy.astro';
import Measure from './Measure.astro';
import Departments from './Departments.astro';
import Department from './Department.astro';
import Glossary from './Glossary.astro';

/** The view that renders each kind of page. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const views: Record<RouteKind, any> = {
  home: Home,
  policy: Policy,
  measure: Measure,
  departments: Departments,
  department: Department,
  sites: SectionIndex,
  site: SectionIndex,
  products: SectionIndex,
  product: SectionIndex,
  routes: SectionIndex,
  route: SectionIndex,
  place: SectionIndex,
  timeline: SectionIndex,
  glossary: Glossary,
  page: SectionIndex,
};
