import { isCjk, isPerson, type Author, type CitedWork } from './types.ts';

/**
 * GB/T 7714 bibliography entries (顺序编码制 reference list) for web pages ([EB/OL]) and
 * government documents ([A], [A/OL] when online), in the 2015 and 2025 editions.
 *
 * Written here, not rendered with citation-js like APA, because no maintained CSL style for
 * GB/T 7714 is published on npm to bundle (checked 2026-12: the zotero-chinese styles, the
 * maintained GB/T 7714—2015/2025 CSL files, are a private, unpublished package; the CSL
 * project's styles repository is not on npm either). Its input is made from the same
 * CSL-JSON items as everything else (citedWork() in csl-json.ts).
 *
 * Verified (see tests/unit/citation/gbt7714.test.ts for the examples used):
 * - Both editions: 主要责任者. 题名：其他题名信息[文献类型标识/载体标识]. (更新或修改日期)[引用日期].
 *   获取和访问路径. — GB/T 7714-2015 §8.8 examples, including a government notice cited as
 *   [A/OL] (北京市人民政府办公厅 … 京政办发[2005]37号[A/OL]).
 * - 2015 punctuation: ASCII ": " ", " "( )" (the form used by the standard's transcribed
 *   examples and by most style files), family names of persons in capitals.
 * - 2025 changes implemented: “.” “[ ]” “/” “-” stay half-width; colon, comma and round
 *   brackets are full-width (：，（）); personal family names are no longer capitalised;
 *   hyphens in initials are kept (Park J-R). Source: the GB/T 7714—2025 example entries as
 *   transcribed and rendered by the gbt7714 BibTeX package (zepinglee/gbt7714-bibtex-style,
 *   bibpunct=GB) and the zotero-chinese GB/T 7714—2025 CSL style; both state that the
 *   standard itself does not say in words which marks are full-width.
 *
 * UNVERIFIED (the 2025 text was not available to us): whether a government document read
 * online keeps its 引用日期 in 2025 (the edition drops access dates for non-network
 * documents; we keep it, as for [EB/OL]), and the type code [A] for a government notice,
 * which follows the 2015 example above and the zotero-chinese 2025 style (“A：…法律法规、
 * 政府文件等”) rather than a 2025 example of a notice.
 */
export type Edition = '2015' | '2025';

const MARKS = {
  '2015': { colon: ': ', comma: ', ', open: '(', close: ')' },
  '2025': { colon: '：', comma: '，', open: '（', close: '）' },
} as const;

/** Initials without full stops: “Peyton Z.” → “P Z”; hyphens kept in 2025 (J-R), dropped in 2015 (J R). */
function initials(given: string, edition: Edition): string {
  return given
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((part) =>
      part
        .split('-')
        .map((p) => p[0]!.toUpperCase())
        .join(edition === '2025' ? '-' : ' '),
    )
    .join(' ');
}

function name(author: Author, edition: Edition): string {
  if (!isPerson(author)) return author.literal;
  const family =
    edition === '2015' && /^[\p{Script=Latin}\s'-]+$/u.test(author.family)
      ? author.family.toUpperCase()
      : author.family;
  return author.given ? `${family} ${initials(author.given, edition)}` : family;
}

/** Up to three names; more become the first three and “等” / “et al.”. */
function authors(work: CitedWork, edition: Edition): string {
  const m = MARKS[edition];
  const names = work.authors.slice(0, 3).map((a) => name(a, edition));
  if (work.authors.length > 3) names.push(isCjk(work) ? '等' : 'et al.');
  return names.join(m.comma);
}

/** Join elements with “. ”, never doubling a full stop an element already ends with. */
function joinElements(parts: string[]): string {
  return parts.reduce(
    (out, part) => (out === '' ? part : `${out}${/[.。]$/.test(out) ? ' ' : '. '}${part}`),
    '',
  );
}

export function gbt7714(work: CitedWork, edition: Edition): string {
  const m = MARKS[edition];
  const online = Boolean(work.url);
  const code = `${work.type === 'webpage' ? 'EB' : 'A'}${online ? '/OL' : ''}`;
  const parts = [authors(work, edition), `${work.title}${work.number ? m.colon + work.number : ''}[${code}]`];
  if (online) {
    const dates = `${work.issued ? m.open + work.issued + m.close : ''}${work.accessed ? `[${work.accessed}]` : ''}`;
    parts.push(dates, work.url!);
  } else {
    const source = [work.place, work.publisher].filter(Boolean).join(m.colon);
    parts.push([source, work.issued].filter(Boolean).join(m.comma));
  }
  const entry = joinElements(parts.filter(Boolean));
  return /[.。]$/.test(entry) ? entry : `${entry}.`;
}
