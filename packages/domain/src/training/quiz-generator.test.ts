import { describe, expect, it } from 'vitest';
import { generateQuiz, QuizSourceTooSmallError, scoreQuiz, seededRandom, shuffled, type QuizSourceEntry } from './quiz-generator.js';

const entry = (n: number, answer = `答案${n}`): QuizSourceEntry => ({ entryId: `e${String(n).padStart(2, '0')}`, versionId: `v${n}`, question: `问题${n}`, answer });
const bank = Array.from({ length: 8 }, (_, i) => entry(i + 1));

describe('quiz generation from a bank', () => {
  it('each question has its published answer and three distractors of other entries, all different', () => {
    const quiz = generateQuiz(bank, { count: 5, seed: 'quiz-1' });
    expect(quiz).toHaveLength(5);
    for (const q of quiz) {
      const n = Number(q.entryId.slice(1));
      expect(q.prompt).toBe(`问题${n}`);
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options).size).toBe(4);
      expect(q.options[q.correctIndex]).toBe(`答案${n}`);
      expect(q.options.every((o) => bank.some((e) => e.answer === o))).toBe(true);
    }
    expect(new Set(quiz.map((q) => q.entryId)).size).toBe(5);
  });

  it('the same seed gives the same quiz whatever order the entries come in; another seed another quiz', () => {
    const a = generateQuiz(bank, { count: 6, seed: 'same' });
    expect(generateQuiz([...bank].reverse(), { count: 6, seed: 'same' })).toEqual(a);
    expect(generateQuiz(bank, { count: 6, seed: 'other' })).not.toEqual(a);
  });

  it('the right answer is not always in the same place', () => {
    const places = new Set(generateQuiz(bank, { count: 8, seed: 'spread' }).map((q) => q.correctIndex));
    expect(places.size).toBeGreaterThan(1);
  });

  it('asking for more questions than entries gives one per entry', () => {
    expect(generateQuiz(bank, { count: 20, seed: 's' })).toHaveLength(8);
  });

  it.each([
    ['no entries', []],
    ['three entries', bank.slice(0, 3)],
    ['five entries but three distinct answers', [entry(1, 'A'), entry(2, 'B'), entry(3, 'C'), entry(4, 'A'), entry(5, ' B ')]],
  ])('%s: refused, naming how many distinct answers there are', (_, entries) => {
    expect(() => generateQuiz(entries, { count: 3, seed: 's' })).toThrow(QuizSourceTooSmallError);
  });

  it('an entry sharing its answer with another never gets that answer as a distractor', () => {
    const entries = [entry(1, '同一答案'), entry(2, '同一答案'), entry(3), entry(4), entry(5)];
    for (const q of generateQuiz(entries, { count: 5, seed: 'dup' })) expect(q.options.filter((o) => o === '同一答案')).toHaveLength(q.options.includes('同一答案') ? 1 : 0);
  });

  it('the seeded generator and shuffle are deterministic', () => {
    const r1 = seededRandom('x');
    const r2 = seededRandom('x');
    expect([r1(), r1(), r1()]).toEqual([r2(), r2(), r2()]);
    expect(shuffled([1, 2, 3, 4, 5], seededRandom('k'))).toEqual(shuffled([1, 2, 3, 4, 5], seededRandom('k')));
  });
});

describe('scoring', () => {
  it.each([
    [[0, 1, 2, 3, 0], [0, 1, 2, 3, 0], 80, { correct: 5, total: 5, percent: 100, passed: true }],
    [[0, 1, 2, 3, 0], [0, 1, 2, 3, 1], 80, { correct: 4, total: 5, percent: 80, passed: true }],
    [[0, 1, 2, 3, 0], [0, 1, 2, null, 1], 80, { correct: 3, total: 5, percent: 60, passed: false }],
    [[0, 1, 2], [0, 1, 0], 60, { correct: 2, total: 3, percent: 67, passed: true }],
    [[0, 1, 2], [null, null, null], 0, { correct: 0, total: 3, percent: 0, passed: true }],
  ])('%j answered %j with pass mark %i', (right, chosen, passMark, expected) => {
    expect(scoreQuiz(right, chosen, passMark)).toEqual(expected);
  });
});
