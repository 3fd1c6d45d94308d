import { describe, expect, it } from 'vitest';
import type { QuestionnaireContent } from '@guanjia/domain/questionnaires/questionnaire-content';
import { answerFieldProblems, formToAnswers } from './answer-form';

const content: QuestionnaireContent = {
  sections: [
    {
      key: 's',
      title: 'S',
      questions: [
        { key: 'pets', type: 'single', title: '宠物', required: true, options: [{ value: 'yes', label: '有' }, { value: 'no', label: '无' }] },
        { key: 'size', type: 'number', title: '人数', required: false, min: 1, max: 20 },
        { key: 'note', type: 'text', title: '备注', required: false },
        { key: 'members', type: 'members', title: '成员', required: false },
      ],
    },
  ],
};
const questions = content.sections[0]!.questions;

describe('formToAnswers and the shared answer rules', () => {
  it.each([
    ['all empty', {}, {}, ['pets:required']],
    ['trimmed text and numbers', { pets: 'no', size: '3', note: '  安静  ' }, { pets: 'no', size: 3, note: '安静' }, []],
    ['blank member rows dropped', { pets: 'yes', members: [{ name: '' }, { name: '小明', relation: 'child' }] }, { pets: 'yes', members: [{ name: '小明', relation: 'child' }] }, []],
    ['out of range', { pets: 'yes', size: 30 }, { pets: 'yes', size: 30 }, ['size:outOfRange']],
    ['member without relation', { pets: 'yes', members: [{ name: '小红' }] }, { pets: 'yes', members: [{ name: '小红', relation: undefined }] }, ['members:memberRelation']],
  ])('%s', (_name, values, answers, problems) => {
    const out = formToAnswers(questions, values);
    expect(out).toEqual(answers);
    expect([...answerFieldProblems(content, out, 2026).values()].map((p) => `${p.questionKey}:${p.problem}`)).toEqual(problems);
  });
});
