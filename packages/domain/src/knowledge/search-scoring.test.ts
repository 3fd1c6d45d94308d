import { describe, expect, it } from 'vitest';
import { idf, scoreDocuments, type CandidateDocument, type IndexedTerm } from './search-scoring.js';
import { analyzeDocument, analyzeQuery, SEARCH_FIELDS } from './text-analysis.js';

/** Indexes documents the way the server does and scores a question against them. */
function search(question: string, docs: Record<string, { question: string; keywords?: string[]; answer: string }>) {
  const query = analyzeQuery(question);
  const candidates: CandidateDocument[] = Object.entries(docs).map(([id, d]) => {
    const analyzed = analyzeDocument({ question: d.question, keywords: d.keywords ?? [], answer: d.answer });
    const terms: IndexedTerm[] = SEARCH_FIELDS.flatMap((field) => [...analyzed.fields[field].terms].map(([term, weight]) => ({ term, field, weight })));
    const lengths = { question: analyzed.fields.question.length, keywords: analyzed.fields.keywords.length, answer: analyzed.fields.answer.length };
    return { id, lengths, terms };
  });
  const n = candidates.length;
  const avg = (f: 'question' | 'keywords' | 'answer') => candidates.reduce((s, c) => s + c.lengths[f], 0) / n;
  return scoreDocuments(query, candidates, { documentCount: n, averageLengths: { question: avg('question'), keywords: avg('keywords'), answer: avg('answer') } });
}

const BANK = {
  fee: { question: '物业费收取标准', keywords: ['物业管理费', '收费'], answer: '物业服务费按房屋建筑面积按月计收，具体标准以《前期物业服务协议》约定为准。' },
  parking: { question: '停车位如何收费', keywords: ['车位', '停车费'], answer: '地下车位的停车服务费以项目公示的收费标准为准，可月租。' },
  clubhouse: { question: '会所开放时间', answer: '会所每日 9:00–21:00 开放，业主凭门禁卡入场。' },
  renovation: { question: '装修押金和装修管理规定', answer: '装修前须办理装修申请，并按《装修管理规定》缴纳装修押金，物业费无关。' },
  company: { question: '物业公司简介', answer: '锦华物业成立多年，具有物业服务企业一级资质。' },
};

describe('scoreDocuments', () => {
  it('物业费怎么收 finds the entry filed under 物业费收取标准 first', () => {
    const results = search('物业费怎么收', BANK);
    expect(results[0].id).toBe('fee');
    expect(results[0].matched).toEqual(expect.arrayContaining(['物业', '费', '收']));
  });

  it.each([
    ['会所几点开门', 'clubhouse'],
    ['车位多少钱', 'parking'],
    ['装修要交押金吗', 'renovation'],
    ['你们是哪家物业公司', 'company'],
  ])('%s → %s', (question, expected) => {
    expect(search(question, BANK)[0].id).toBe(expected);
  });

  it('a term in the question outweighs the same term in a long answer', () => {
    const results = search('押金', {
      inAnswer: { question: '装修手续', answer: '办理装修手续时需要提交图纸、施工单位资质、押金收据复印件以及其他材料，并签署承诺书。' },
      inQuestion: { question: '装修押金', answer: '按规定缴纳，竣工验收合格后无息退还。' },
    });
    expect(results.map((r) => r.id)).toEqual(['inQuestion', 'inAnswer']);
  });

  it('leaves out documents matching nothing and answers nothing for a question of stop words', () => {
    expect(search('物业费怎么收', BANK).map((r) => r.id)).not.toContain('clubhouse');
    expect(search('请问怎么样', BANK)).toEqual([]);
  });

  it('a rarer term weighs more than a common one (idf)', () => {
    expect(idf(100, 1)).toBeGreaterThan(idf(100, 50));
    expect(idf(10, 10)).toBeGreaterThan(0);
    expect(idf(0, 3)).toBeGreaterThan(0);
  });

  it('ties go to the older entry (the smaller id)', () => {
    const same = { question: '班车', answer: '有' };
    expect(search('班车', { b: same, a: same }).map((r) => r.id)).toEqual(['a', 'b']);
  });
});
