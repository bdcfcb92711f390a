import { straightLineKm, type LngLat } from './maps.ts';

/**
 * A route's stops resolved for display: the site page behind each stop, the straight-line
 * distance from the previous stop when both have coordinates, and the grouping by day.
 */
export interface StopInput {
  site?: string;
  name?: string;
  place?: string;
  day?: number;
  note?: string;
}
export interface SiteInfo {
  title: string;
  place: string;
  coordinates?: LngLat;
}
export interface ResolvedStop extends StopInput {
  title: string;
  /** Slug of the site page, when the stop has one. */
  siteSlug?: string;
  place?: string;
  /** Kilometres from the previous stop, rounded to 0.1, when both ends have coordinates. */
  kmFromPrevious?: number;
}

export function resolveStops(stops: StopInput[], sites: Map<string, SiteInfo>): ResolvedStop[] {
  let previous: LngLat | undefined;
  return stops.map((stop) => {
    const site = stop.site ? sites.get(stop.site) : undefined;
    const here = site?.coordinates;
    const km = previous && here ? Math.round(straightLineKm(previous, here) * 10) / 10 : undefined;
    previous = here;
    return {
      ...stop,
      title: site?.title ?? stop.name ?? stop.site!,
      siteSlug: site ? stop.site : undefined,
      place: site?.place ?? stop.place,
      kmFromPrevious: km,
    };
  });
}

/** Stops grouped by day; a route without days is one group with day undefined. */
export function groupByDay<S extends { day?: number }>(stops: S[]): Array<{ day?: number; stops: S[] }> {
  const groups: Array<{ day?: number; stops: S[] }> = [];
  for (const stop of stops) {
    const last = groups.at(-1);
    if (last && last.day === stop.day) last.stops.push(stop);
    else groups.push({ day: stop.day, stops: [stop] });
  }
  return groups;
}
