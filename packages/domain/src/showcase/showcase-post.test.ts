import { describe, expect, it } from 'vitest';
import { dutyRefusal } from './showcase-post.js';
import { publicityActionsFor, publicityMissingParts, publicityNextState } from './publicity.js';

describe('形象岗: only a trained explainer is on duty', () => {
  it.each([
    ['trained before the duty', { trainedOn: '2026-05-01', trainer: '地区公司 培训主管', active: true }, '2026-05-02', null],
    ['trained the same day', { trainedOn: '2026-05-02', trainer: '王老师', active: true }, '2026-05-02', null],
    ['never trained', { trainedOn: null, trainer: null, active: true }, '2026-05-02', 'untrained'],
    ['no trainer on record', { trainedOn: '2026-05-01', trainer: ' ', active: true }, '2026-05-02', 'untrained'],
    ['trained after the duty date', { trainedOn: '2026-05-03', trainer: '王老师', active: true }, '2026-05-02', 'trainedAfterDuty'],
    ['off the roster', { trainedOn: '2026-05-01', trainer: '王老师', active: false }, '2026-05-02', 'inactive'],
  ])('%s', (_name, explainer, date, refusal) => {
    expect(dutyRefusal(explainer, date)).toBe(refusal);
  });
});

describe('宣传资料: publishing', () => {
  it('draft → published → retired → published', () => {
    expect(publicityNextState('draft', 'publish')).toBe('published');
    expect(publicityNextState('published', 'retire')).toBe('retired');
    expect(publicityNextState('retired', 'publish')).toBe('published');
    expect(() => publicityNextState('draft', 'retire')).toThrow();
    expect(publicityActionsFor('published')).toEqual(['retire']);
  });

  it.each([
    ['notice with text', { kind: 'notice' as const, title: 't', body: '《物业管理条例》要点', fileId: null, mediaUrl: null }, []],
    ['notice without text or file', { kind: 'notice' as const, title: 't', body: ' ', fileId: null, mediaUrl: null }, ['body']],
    ['brochure without file', { kind: 'brochure' as const, title: 't', body: null, fileId: null, mediaUrl: null }, ['fileId']],
    ['brochure with file', { kind: 'brochure' as const, title: 't', body: null, fileId: 'f', mediaUrl: null }, []],
    ['video with an address', { kind: 'video' as const, title: 't', body: null, fileId: null, mediaUrl: 'https://v.example.com/a.mp4' }, []],
    ['video with nothing', { kind: 'video' as const, title: 't', body: null, fileId: null, mediaUrl: null }, ['mediaUrl']],
  ])('%s', (_name, item, missing) => {
    expect(publicityMissingParts(item)).toEqual(missing);
  });
});
