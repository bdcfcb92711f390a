import { startServer } from './static-server.ts';

/** dist/ (or `root`) on 127.0.0.1 at a free port; `url` is the origin, without a trailing slash. */
export async function serveDist(root?: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await startServer(root);
  return { url: server.origin, close: server.close };
}
