import type { APIRoute } from 'astro';
import source from '../client/reading-prefs.js?raw';

/**
 * /reading-prefs.js: the small blocking script in every page's head that applies the stored
 * text size and contrast before the first paint (src/client/reading-prefs.js), served as is.
 */
export const GET: APIRoute = () =>
  new Response(source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
