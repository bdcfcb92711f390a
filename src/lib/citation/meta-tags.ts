import { isLiteral, isoDate, type CslItem } from './csl-json.ts';

/**
 * The page's own CSL-JSON item as <meta> tags, for reference managers that read a page's
 * embedded metadata. Chosen from what Zotero's “Embedded Metadata” translator reads
 * (zotero/translators: Embedded Metadata.js, and RDF.js for the Dublin Core tags), so that
 * saving a page with the Zotero Connector gives a Web Page with its title, author, date,
 * URL and language:
 *
 * - citation_title, citation_publication_date, citation_language, citation_public_url: the
 *   translator's HIGHWIRE_MAPPINGS to title, date, language and url. Dates as 2026/12/04,
 *   the form Google Scholar asks for.
 * - citation_author: the translator splits a name without a comma at its last space
 *   (ZU.cleanAuthor: “Revitalizing … Base” + “Areas”), so an organisation whose name has
 *   spaces is written with a trailing comma, which it reads as a family name alone.
 * - DC.title, DC.creator, DC.date, DC.language, DC.publisher, DC.identifier (with
 *   <link rel="schema.DC"> in the layout): Dublin Core, read through the RDF translator.
 * - The item type comes from og:type=website (a webpage): citation_title alone makes the
 *   translator guess a journal article, but it ranks og:type above that guess.
 */
export interface MetaTag {
  name: string;
  content: string;
}

export function citationMetaTags(item: CslItem): MetaTag[] {
  const authors = item.author.map((a) =>
    isLiteral(a) ? a.literal : [a.family, a.given].filter(Boolean).join(', '),
  );
  const date = item.issued && isoDate(item.issued);
  const url = item.URL;
  const tags: Array<[string, string | undefined]> = [
    ['citation_title', item.title],
    ...authors.map((name): [string, string] => [
      'citation_author',
      /\s/.test(name) && !name.includes(',') ? `${name},` : name,
    ]),
    ['citation_publication_date', date?.replace(/-/g, '/')],
    ['citation_language', item.language],
    ['citation_public_url', url],
    ['DC.title', item.title],
    ...authors.map((name): [string, string] => ['DC.creator', name]),
    ['DC.date', date],
    ['DC.language', item.language],
    // The site publishes its own pages: its name is the author of each.
    ['DC.publisher', item.type === 'webpage' ? authors[0] : undefined],
    ['DC.identifier', url],
  ];
  return tags
    .filter((t): t is [string, string] => Boolean(t[1]))
    .map(([name, content]) => ({ name, content }));
}
