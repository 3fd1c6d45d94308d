import { STOP_WORDS, SYNONYM_GROUPS } from './vocabulary.js';

/**
 * Chinese text → search terms, the same for a bank entry and a visitor's question, with no
 * dependency beyond ICU's word segmenter (Intl.Segmenter, built into Node and browsers):
 * 物业费怎么收 → 物业 / 费 / 收 (怎么 is a stop word).
 *
 * Three kinds of term, so that differently worded questions still meet:
 * - words the segmenter cuts out, stop words dropped (weight 1);
 * - character bigrams over each run of Chinese words, which survive a different segmentation
 *   (物业费收 and 物业费收取标准 share 物业, 业费, 费收; weight 0.5);
 * - synonym groups (~收费 for 收, 收取, 缴纳 …; weight 1), see vocabulary.ts.
 * A question also asks for every term starting with one of its one-character words (收 → 收取).
 */

/** Prefix of the synonym-group terms; no word or bigram starts with it (normalisation drops it). */
export const GROUP_PREFIX = '~';
export const WORD_WEIGHT = 1;
export const BIGRAM_WEIGHT = 0.5;
export const GROUP_WEIGHT = 1;
export const PREFIX_WEIGHT = 0.5;
/** Longer tokens (a pasted URL, a long number) are not indexed. */
export const MAX_TERM_LENGTH = 32;

const CJK = /^[\u3400-\u9fff\uf900-\ufaff]+$/u;
const isCjk = (s: string) => CJK.test(s);

let segmenter: Intl.Segmenter | undefined;
function words(text: string): { word: string; at: number; wordLike: boolean }[] {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => ({ word: s.segment, at: s.index, wordLike: s.isWordLike === true }));
}

/** Full-width letters and digits to ASCII (NFKC), lower case, and our group prefix removed. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replaceAll(GROUP_PREFIX, ' ');
}

export interface AnalyzedText {
  /** term → weight, summed over the occurrences. */
  terms: Map<string, number>;
  /** Number of meaningful words: the length BM25 normalises by. */
  length: number;
  /** The meaningful words in order (for display and tests). */
  words: string[];
  /** Which query text produced each synonym-group term, e.g. ~收费 ← 收. */
  groupSources: Map<string, string>;
}

const add = (m: Map<string, number>, term: string, w: number) => m.set(term, (m.get(term) ?? 0) + w);

/** Analyses one text (a question, the keywords, an answer). */
export function analyzeText(raw: string): AnalyzedText {
  const text = normalizeText(raw);
  const terms = new Map<string, number>();
  const kept: string[] = [];
  // Where each one-character word stands, for the one-character synonym members.
  const singleWords = new Map<string, number[]>();
  let run = '';
  const flushRun = () => {
    for (let i = 0; i + 1 < run.length; i++) add(terms, run.slice(i, i + 2), BIGRAM_WEIGHT);
    run = '';
  };
  for (const { word, at, wordLike } of words(text)) {
    const w = word.trim();
    if (!wordLike || !w) {
      // Punctuation and spaces end a run: no bigram spans a comma.
      flushRun();
      continue;
    }
    if (Array.from(w).length === 1) singleWords.set(w, [...(singleWords.get(w) ?? []), at]);
    // A stop word is skipped without ending the run: 物业费怎么收 still yields the bigram 费收.
    if (STOP_WORDS.has(w)) continue;
    if (isCjk(w)) run += w;
    else flushRun();
    if (w.length > MAX_TERM_LENGTH) continue;
    kept.push(w);
    add(terms, w, WORD_WEIGHT);
  }
  flushRun();
  const groupSources = new Map<string, string>();
  const phrases = phraseCover(text);
  for (const group of SYNONYM_GROUPS) {
    const { count, source } = countGroup(text, group, singleWords, phrases);
    if (count === 0) continue;
    const term = GROUP_PREFIX + group[0];
    add(terms, term, count * GROUP_WEIGHT);
    groupSources.set(term, source);
  }
  return { terms, length: kept.length, words: kept, groupSources };
}

/** The characters covered by some synonym member of two or more characters (收 in 收房 is one of them). */
function phraseCover(text: string): boolean[] {
  const covered = new Array<boolean>(text.length).fill(false);
  for (const member of SYNONYM_GROUPS.flat()) {
    if (member.length < 2) continue;
    for (let at = text.indexOf(member); at >= 0; at = text.indexOf(member, at + 1)) covered.fill(true, at, at + member.length);
  }
  return covered;
}

/**
 * Occurrences of a group's members, longest first, never counting one stretch of text twice
 * (物业管理费 is one mention, not also 管理费). A one-character member counts where the segmenter
 * cut it out as a word and no longer member of any group covers it (收 in 怎么收, not in 收房).
 */
function countGroup(text: string, group: readonly string[], singleWords: Map<string, number[]>, phrases: boolean[]): { count: number; source: string } {
  const taken = new Array<boolean>(text.length).fill(false);
  let count = 0;
  let source = '';
  const byLength = [...group].sort((a, b) => b.length - a.length);
  for (const member of byLength) {
    if (Array.from(member).length === 1) {
      const standalone = (singleWords.get(member) ?? []).filter((at) => !phrases[at]).length;
      if (standalone > 0) {
        count += standalone;
        source ||= member;
      }
      continue;
    }
    for (let at = text.indexOf(member); at >= 0; at = text.indexOf(member, at + member.length)) {
      if (taken.slice(at, at + member.length).some(Boolean)) continue;
      taken.fill(true, at, at + member.length);
      count += 1;
      source ||= member;
    }
  }
  return { count, source };
}

/** One term of a visitor's question. */
export interface QueryTerm {
  term: string;
  weight: number;
  /** True: matches every indexed term that starts with `term` (收 → 收取, 收费). */
  prefix: boolean;
  /** The part of the question the term came from, shown as a matched term. */
  display: string;
}

/** A question's terms: its words, bigrams and synonym groups, plus prefixes of its one-character words. */
export function analyzeQuery(raw: string): QueryTerm[] {
  const analyzed = analyzeText(raw);
  const out = new Map<string, QueryTerm>();
  for (const [term, summed] of analyzed.terms) {
    const isGroup = term.startsWith(GROUP_PREFIX);
    // A question saying a word twice asks no more for it: the weight is the kind's, not the sum.
    const weight = isGroup ? GROUP_WEIGHT : analyzed.words.includes(term) ? WORD_WEIGHT : Math.min(summed, BIGRAM_WEIGHT);
    out.set(term, { term, weight, prefix: false, display: isGroup ? (analyzed.groupSources.get(term) ?? term.slice(1)) : term });
  }
  for (const w of analyzed.words) {
    if (Array.from(w).length !== 1 || !isCjk(w)) continue;
    const key = `${w}*`;
    if (!out.has(key)) out.set(key, { term: w, weight: PREFIX_WEIGHT, prefix: true, display: w });
  }
  return [...out.values()];
}

export const SEARCH_FIELDS = ['question', 'keywords', 'answer'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface AnalyzedDocument {
  fields: Record<SearchField, AnalyzedText>;
}

/** An entry's published version, analysed field by field for the search index. */
export function analyzeDocument(doc: { question: string; keywords: readonly string[]; answer: string }): AnalyzedDocument {
  return {
    fields: {
      question: analyzeText(doc.question),
      // Keywords are separate phrases: a comma between them keeps bigrams from spanning two.
      keywords: analyzeText(doc.keywords.join('，')),
      answer: analyzeText(doc.answer),
    },
  };
}
