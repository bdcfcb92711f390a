import { getRouteIndex } from '../data/entries.ts';

/** getStaticPaths for the catch-all page: one path per row of the route table. */
export async function staticPathsFromRoutes() {
  const routes = await getRouteIndex();
  return routes.routes.map((route) => ({
    params: { path: route.path === '/' ? undefined : route.path.slice(1, -1) },
    props: { route },
  }));
}
