/**
 * Quizzes from the knowledge bank (应知应会): each question asks a published question of one bank;
 * its options are the published answer and three distractors taken from other answers of the same
 * bank. Everything is drawn from a seeded generator, so a quiz's seed reproduces its questions.
 */

/** One published question/answer pair of a bank. */
export interface QuizSourceEntry {
  entryId: string;
  versionId: string;
  question: string;
  answer: string;
}

export interface GeneratedQuestion {
  entryId: string;
  versionId: string;
  prompt: string;
  /** Four answers in the order shown. */
  options: string[];
  /** Index of the published answer in `options`. */
  correctIndex: number;
}

export const QUIZ_OPTION_COUNT = 4;
export const DEFAULT_PASS_MARK = 80;
export const MAX_QUIZ_QUESTIONS = 50;

/** Fewer distinct published answers than a question has options: no quiz can be made. */
export class QuizSourceTooSmallError extends Error {
  constructor(readonly available: number) {
    super(`a quiz needs at least ${QUIZ_OPTION_COUNT} distinct published answers; the bank has ${available}`);
  }
}

/** A 32-bit hash of the seed text (FNV-1a), the generator's starting state. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and the same on every engine; not for secrets. */
export function seededRandom(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given generator; the input is not changed. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const normalise = (text: string) => text.replace(/\s+/g, '').trim();

/**
 * `count` questions (fewer when the bank has fewer entries), each with the right answer and three
 * distractors from other entries whose answers differ from it. The same entries and seed always
 * give the same quiz, whatever order the entries come in.
 */
export function generateQuiz(entries: readonly QuizSourceEntry[], opts: { count: number; seed: string }): GeneratedQuestion[] {
  const usable = entries.filter((e) => normalise(e.question) && normalise(e.answer));
  const distinctAnswers = [...new Set(usable.map((e) => normalise(e.answer)))];
  if (distinctAnswers.length < QUIZ_OPTION_COUNT) throw new QuizSourceTooSmallError(distinctAnswers.length);
  // A stable order first, so the database's row order does not change the quiz.
  const pool = [...usable].sort((a, b) => (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));
  const random = seededRandom(opts.seed);
  const count = Math.max(1, Math.min(opts.count, pool.length, MAX_QUIZ_QUESTIONS));
  return shuffled(pool, random)
    .slice(0, count)
    .map((entry) => {
      const right = normalise(entry.answer);
      const others = new Map<string, string>();
      for (const e of pool) if (normalise(e.answer) !== right && !others.has(normalise(e.answer))) others.set(normalise(e.answer), e.answer);
      const distractors = shuffled([...others.values()], random).slice(0, QUIZ_OPTION_COUNT - 1);
      const options = shuffled([entry.answer, ...distractors], random);
      return { entryId: entry.entryId, versionId: entry.versionId, prompt: entry.question, options, correctIndex: options.indexOf(entry.answer) };
    });
}

export interface QuizScore {
  correct: number;
  total: number;
  /** Whole percent, rounded half up. */
  percent: number;
  passed: boolean;
}

/** Scores the chosen option per question (null: left blank) against the right ones. */
export function scoreQuiz(correctIndexes: readonly number[], chosen: readonly (number | null)[], passMark: number = DEFAULT_PASS_MARK): QuizScore {
  const total = correctIndexes.length;
  const correct = correctIndexes.filter((c, i) => chosen[i] === c).length;
  const percent = total === 0 ? 0 : Math.round((correct * 100) / total);
  return { correct, total, percent, passed: percent >= passMark };
}
