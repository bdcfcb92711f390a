import type { RouteKind } from '../../lib/routing/routes.ts';
import Home from './Home.astro';
import Page from './Page.astro';
import Policy from './Policy.astro';
import Measure from './Measure.astro';
import Departments from './Departments.astro';
import Department from './Department.astro';
import Glossary from './Glossary.astro';
import Sites from './Sites.astro';
import Site from './Site.astro';
import Products from './Products.astro';
import Product from './Product.astro';
import Routes from './Routes.astro';
import RouteDetail from './RouteDetail.astro';
import Place from './Place.astro';
import Timeline from './Timeline.astro';
import Search from './Search.astro';
import OpenData from './OpenData.astro';

/** The view that renders each kind of page. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const views: Record<RouteKind, any> = {
  home: Home,
  policy: Policy,
  measure: Measure,
  departments: Departments,
  department: Department,
  sites: Sites,
  site: Site,
  products: Products,
  product: Product,
  routes: Routes,
  route: RouteDetail,
  place: Place,
  timeline: Timeline,
  glossary: Glossary,
  search: Search,
  data: OpenData,
  page: Page,
};
