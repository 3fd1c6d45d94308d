import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import { answerProblems, cleanAnswers, profileFromAnswers } from './questionnaire-answers.js';
import { contentProblems, type QuestionnaireContent } from './questionnaire-content.js';
import { DEFAULT_QUESTIONNAIRE } from './default-questionnaire.js';
import { questionnaireActionsFor, questionnaireNextState } from './questionnaire-flow.js';

describe('questionnaire versions', () => {
  it.each([
    ['draft', 'edit', 'draft'],
    ['draft', 'publish', 'published'],
    ['published', 'retire', 'retired'],
  ] as const)('%s --%s--> %s', (from, action, to) => expect(questionnaireNextState(from, action)).toBe(to));

  it.each([
    ['published', 'edit'],
    ['retired', 'publish'],
    ['draft', 'retire'],
  ] as const)('%s cannot %s', (from, action) => expect(() => questionnaireNextState(from, action)).toThrow(ForbiddenTransitionError));

  it('only builders get buttons', () => {
    expect(questionnaireActionsFor('draft', ['serviceCenterManager'])).toEqual(['edit', 'publish']);
    expect(questionnaireActionsFor('draft', ['butler'])).toEqual([]);
  });
});

describe('the built content', () => {
  it('the default questionnaire from the seed is well formed and covers the care cases', () => {
    expect(contentProblems(DEFAULT_QUESTIONNAIRE)).toEqual([]);
    const tags = DEFAULT_QUESTIONNAIRE.sections.flatMap((s) => s.questions.flatMap((q) => (q.options ?? []).map((o) => o.tag))).filter(Boolean);
    expect(new Set(tags)).toEqual(new Set(['elderly', 'pets', 'holidayHome', 'sporty', 'busy']));
    expect(DEFAULT_QUESTIONNAIRE.sections.map((s) => s.title)).toEqual(['家庭成员', '居住方式', '个性与喜好', '运动与作息', '消费习惯', '物业服务需求']);
  });

  it('names what is wrong: duplicate keys, choices without options, options on text, members into a list', () => {
    const bad: QuestionnaireContent = {
      sections: [
        {
          key: 's1',
          title: 'A',
          questions: [
            { key: 'q1', type: 'single', title: '单选', required: true, options: [{ value: 'a', label: 'A' }] },
            { key: 'q1', type: 'text', title: '文本', required: false, options: [{ value: 'a', label: 'A' }] },
            { key: 'q3', type: 'members', title: '成员', required: false, profileField: 'needs' },
            { key: '3x', type: 'number', title: '数', required: false, min: 5, max: 1 },
          ],
        },
        { key: 's1', title: 'B', questions: [] },
      ],
    };
    expect(contentProblems(bad)).toEqual([
      { path: 'sections.0.questions.0.options', problem: 'needsOptions' },
      { path: 'sections.0.questions.1.key', problem: 'duplicateKey' },
      { path: 'sections.0.questions.1.options', problem: 'optionsOnNonChoice' },
      { path: 'sections.0.questions.2.profileField', problem: 'profileFieldMismatch' },
      { path: 'sections.0.questions.3.key', problem: 'badKey' },
      { path: 'sections.0.questions.3.max', problem: 'badRange' },
      { path: 'sections.1.key', problem: 'duplicateKey' },
      { path: 'sections.1.questions', problem: 'noQuestions' },
    ]);
  });
});

const good = {
  members: [
    { name: '吴先生', relation: 'self', ageBand: '40to59' },
    { name: '吴老太太', relation: 'parent', birthday: { calendar: 'lunar', month: 8, day: 15, leapMonth: true } },
  ],
  elderlyCare: 'yes',
  holidayHome: 'holiday',
  holidayStay: '每年 1–3 月',
  sports: ['o2', 'o3'],
  sportsTimes: '周末下午',
  workload: 'busy',
  serviceNeeds: ['o7', 'o9'],
  otherNeeds: '  请提前电话联系  ',
};

describe('answers', () => {
  it('a complete answer set passes', () => {
    expect(answerProblems(DEFAULT_QUESTIONNAIRE, good as never, 2026)).toEqual([]);
  });

  it('each problem names its question, in question order', () => {
    const problems = answerProblems(
      DEFAULT_QUESTIONNAIRE,
      { members: [{ name: ' ', relation: 'self' }], holidayHome: 'castle', sports: 'o1', serviceNeeds: [], stray: 'x' } as never,
      2026,
    );
    expect(problems).toEqual([
      { questionKey: 'members', title: '常住家庭成员（姓名、关系、生日或年龄段）', problem: 'memberName', index: 0 },
      { questionKey: 'elderlyCare', title: '家中是否有需要特别关照的老人？', problem: 'required' },
      { questionKey: 'holidayHome', title: '这套房子是日常居住还是度假式居住？', problem: 'notAnOption' },
      { questionKey: 'sports', title: '喜欢的运动', problem: 'wrongType' },
      { questionKey: 'serviceNeeds', title: '入住后希望管家重点提供的服务', problem: 'required' },
      { questionKey: 'stray', title: 'stray', problem: 'unknownQuestion' },
    ]);
  });

  it('a lunar birthday on the 31st, or a date that is not one, is refused', () => {
    const content: QuestionnaireContent = { sections: [{ key: 's', title: 'S', questions: [{ key: 'd', type: 'date', title: '入住日期', required: true }, { key: 'm', type: 'members', title: '成员', required: false, profileField: 'members' }] }] };
    expect(answerProblems(content, { d: '2026-02-30', m: [{ name: '甲', relation: 'child', birthday: { calendar: 'lunar', month: 1, day: 31 } }] } as never, 2026).map((p) => p.problem)).toEqual(['badDate', 'memberBirthday']);
  });

  it('the answers fill the profile: members, labels into their fields, tags from the options chosen', () => {
    const clean = cleanAnswers(DEFAULT_QUESTIONNAIRE, good as never);
    expect(clean.otherNeeds).toBe('请提前电话联系');
    const p = profileFromAnswers(DEFAULT_QUESTIONNAIRE, clean);
    expect(p.members).toHaveLength(2);
    expect(p.members[1]!.birthday).toEqual({ calendar: 'lunar', year: null, month: 8, day: 15, leapMonth: true });
    expect(p.tags).toEqual(['elderly', 'holidayHome', 'sporty', 'busy']);
    expect(p.habits).toEqual(['游泳', '网球', '工作繁忙']);
    expect(p.usualTimes).toEqual(['每年 1–3 月', '周末下午']);
    expect(p.needs).toEqual(['生日祝贺', '物品代购']);
    expect(p.notes).toBe('请提前电话联系');
  });
});
