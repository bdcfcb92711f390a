import { describe, expect, it } from 'vitest';
import { groupByDay, resolveStops, type SiteInfo } from '../../../src/lib/domain/itinerary.ts';

const sites = new Map<string, SiteInfo>([
  ['a', { title: '甲', place: 'xinzheng', coordinates: [113.7, 34.4] }],
  ['b', { title: '乙', place: 'xinzheng', coordinates: [113.7, 34.5] }],
  ['c', { title: '丙', place: 'xinmi' }],
]);

describe('resolveStops', () => {
  it('links stops to site pages and keeps named stops without one', () => {
    const stops = resolveStops([{ site: 'a' }, { name: '人和寨', place: 'xinzheng' }], sites);
    expect(stops[0]).toMatchObject({ title: '甲', siteSlug: 'a', place: 'xinzheng' });
    expect(stops[1]).toMatchObject({ title: '人和寨', siteSlug: undefined, place: 'xinzheng' });
  });

  it('gives the straight-line distance only between consecutive stops with coordinates', () => {
    const stops = resolveStops([{ site: 'a' }, { site: 'b' }, { site: 'c' }, { site: 'a' }], sites);
    expect(stops[0]!.kmFromPrevious).toBeUndefined();
    expect(stops[1]!.kmFromPrevious).toBeCloseTo(11.1, 1);
    expect(stops[2]!.kmFromPrevious).toBeUndefined();
    expect(stops[3]!.kmFromPrevious).toBeUndefined();
  });
});

describe('groupByDay', () => {
  it('keeps the order and splits at day changes', () => {
    expect(groupByDay([{ day: 1 }, { day: 1 }, { day: 2 }]).map((g) => [g.day, g.stops.length])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(groupByDay([{}, {}])).toHaveLength(1);
  });
});
