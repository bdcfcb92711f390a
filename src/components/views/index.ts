import type { PageOf } from '../../lib/routing/page-data.ts';
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
import TouristRoutes from './TouristRoutes.astro';
import TouristRoute from './TouristRoute.astro';
import Place from './Place.astro';
import Timeline from './Timeline.astro';
import Search from './Search.astro';
import OpenData from './OpenData.astro';
import Topics from './Topics.astro';
import Topic from './Topic.astro';
import Goals from './Goals.astro';
import Places from './Places.astro';

/** A view: the component that renders one kind of page from its page data. */
type View<K extends RouteKind> = (props: { page: PageOf<K> }) => unknown;

/** The view that renders each kind of page; a new page kind is a type error until it has one. */
export const views: { [K in RouteKind]: View<K> } = {
  home: Home,
  policy: Policy,
  measure: Measure,
  departments: Departments,
  department: Department,
  sites: Sites,
  site: Site,
  products: Products,
  product: Product,
  routes: TouristRoutes,
  route: TouristRoute,
  place: Place,
  timeline: Timeline,
  glossary: Glossary,
  search: Search,
  data: OpenData,
  topics: Topics,
  topic: Topic,
  goals: Goals,
  places: Places,
  page: Page,
};
