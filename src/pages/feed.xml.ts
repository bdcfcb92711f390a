import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/feeds/feed-response.ts';

/** /feed.xml: what changed on the site, in Chinese (Atom). */
export const GET: APIRoute = ({ site }) => feedResponse('zh-cn', site!);
