/**
 * An Atom 1.0 feed from plain data, written by the `feed` package (so the XML, escaping and
 * dates follow the format without hand-written markup). Pure: the entries come in, the XML
 * goes out; dates are YYYY-MM-DD and become midnight UTC.
 */
import { Feed } from 'feed';

export interface FeedEntry {
  /** Absolute URL of the page the entry is about; also its id. */
  url: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD: when the site added or last checked this item. */
  date: string;
}

export interface FeedInput {
  title: string;
  subtitle: string;
  /** Absolute URL of the site's home page in the feed's language. */
  home: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** BCP 47 language tag, e.g. zh-CN. */
  language: string;
  /** Who publishes it, for <author> and <rights>. */
  publisher: string;
  rights: string;
  entries: FeedEntry[];
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

export function atomFeed(input: FeedInput): string {
  const newest =
    input.entries
      .map((e) => e.date)
      .sort()
      .at(-1) ?? '2021-11-11';
  const feed = new Feed({
    title: input.title,
    description: input.subtitle,
    id: input.self,
    link: input.home,
    language: input.language,
    copyright: input.rights,
    updated: day(newest),
    generator: 'feed (npm)',
    feedLinks: { atom: input.self },
    author: { name: input.publisher, link: input.home },
  });
  for (const e of input.entries) {
    feed.addItem({ title: e.title, id: e.url, link: e.url, description: e.summary, date: day(e.date) });
  }
  return feed.atom1();
}
