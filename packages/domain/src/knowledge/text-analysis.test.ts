import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeQuery, analyzeText, GROUP_PREFIX, normalizeText } from './text-analysis.js';
import { STOP_WORDS, SYNONYM_GROUPS } from './vocabulary.js';

const termsOf = (text: string) => [...analyzeText(text).terms.keys()];

describe('analyzeText', () => {
  it.each([
    ['物业费怎么收', ['物业', '费', '收']],
    ['物业费收取标准', ['物业', '费', '收取', '标准']],
    ['请问会所什么时候开放？', ['会所', '开放']],
    ['小区有班车吗', ['小区', '班车']],
    ['ＷｉＦｉ密码是多少', ['wifi', '密码']],
  ])('%s → the words %o (stop words dropped)', (text, words) => {
    expect(analyzeText(text).words).toEqual(words);
    expect(analyzeText(text).length).toBe(words.length);
  });

  it('adds bigrams over a run of Chinese words, across a dropped stop word but not across punctuation', () => {
    const terms = termsOf('物业费怎么收');
    expect(terms).toEqual(expect.arrayContaining(['业费', '费收']));
    expect(termsOf('物业费，收取')).not.toContain('费收');
  });

  it('weighs a word 1 and a bigram 0.5, summed over occurrences', () => {
    const { terms } = analyzeText('装修押金，装修押金');
    // 装修 is a word (2 × 1) and a bigram (2 × 0.5).
    expect(terms.get('装修')).toBe(3);
    expect(terms.get('修押')).toBe(1);
  });

  it('marks synonym groups: 收 said as a word, 收取 anywhere, but not 收 inside 收房', () => {
    expect(termsOf('物业费怎么收')).toContain(`${GROUP_PREFIX}收费`);
    expect(termsOf('物业费收取标准')).toContain(`${GROUP_PREFIX}收费`);
    expect(termsOf('什么时候收房')).not.toContain(`${GROUP_PREFIX}收费`);
    expect(termsOf('什么时候收房')).toContain(`${GROUP_PREFIX}交房`);
  });

  it('counts one stretch of text once per group (物业管理费 is not also 管理费)', () => {
    expect(analyzeText('物业管理费').terms.get(`${GROUP_PREFIX}物业费`)).toBe(1);
    expect(analyzeText('物业费和管理费').terms.get(`${GROUP_PREFIX}物业费`)).toBe(2);
  });

  it('normalises full-width characters and case, and never lets text forge a group term', () => {
    expect(normalizeText('ＶＩＰ')).toBe('vip');
    expect(termsOf('~收费')).not.toContain(`${GROUP_PREFIX}收费x`);
    expect(termsOf('~物业')).toEqual(expect.not.arrayContaining(['~物业']));
  });

  it('gives nothing for an empty or stop-word-only text', () => {
    expect(analyzeText('').terms.size).toBe(0);
    expect(analyzeText('请问是什么呢？').terms.size).toBe(0);
  });
});

describe('analyzeQuery', () => {
  it('物业费怎么收 asks for 物业, 费, 收, the groups 物业费 and 收费, and the prefix 收…', () => {
    const q = analyzeQuery('物业费怎么收');
    expect(q.map((t) => `${t.term}${t.prefix ? '*' : ''}`)).toEqual(
      expect.arrayContaining(['物业', '费', '收', '业费', '费收', `${GROUP_PREFIX}物业费`, `${GROUP_PREFIX}收费`, '收*']),
    );
    expect(q.find((t) => t.term === `${GROUP_PREFIX}收费`)?.display).toBe('收');
  });

  it('weighs words 1, bigrams 0.5, groups 1 and prefixes 0.5, whatever the repetition', () => {
    const q = analyzeQuery('装修装修押金');
    expect(q.find((t) => t.term === '装修' && !t.prefix)?.weight).toBe(1);
    expect(q.find((t) => t.term === '修装')?.weight).toBe(0.5);
    expect(q.find((t) => t.term === `${GROUP_PREFIX}装修`)?.weight).toBe(1);
  });

  it('a question of stop words only has no terms', () => {
    expect(analyzeQuery('请问怎么样？')).toEqual([]);
  });
});

describe('analyzeDocument', () => {
  it('keeps the fields apart and keeps bigrams from spanning two keywords', () => {
    const doc = analyzeDocument({ question: '物业费收取标准', keywords: ['物业费', '收费'], answer: '按建筑面积计收。' });
    expect(doc.fields.question.length).toBe(4);
    expect([...doc.fields.keywords.terms.keys()]).not.toContain('费收');
    expect([...doc.fields.answer.terms.keys()]).toContain(`${GROUP_PREFIX}收费`);
  });
});

describe('vocabulary', () => {
  it('no synonym member is also a stop word of one character (it could never match as a word)', () => {
    const singles = SYNONYM_GROUPS.flat().filter((m) => Array.from(m).length === 1);
    expect(singles.filter((m) => STOP_WORDS.has(m))).toEqual([]);
  });

  it('every group has a name and at least one other member, and no member is in two groups', () => {
    const seen = new Set<string>();
    for (const group of SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThan(1);
      for (const m of group) {
        expect(seen.has(m), m).toBe(false);
        seen.add(m);
      }
    }
  });
});
