import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/feeds/feed-response.ts';

/** /en/feed.xml: what changed on the site, in English (Atom). */
export const GET: APIRoute = ({ site }) => feedResponse('en', site!);
