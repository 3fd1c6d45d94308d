import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import { MAX_MESSAGE_ATTEMPTS, MESSAGE_STATUSES, MESSAGE_TRANSITIONS, messageActions, messageNextState, messageRetryDelayMs } from './message-flow.js';
import { canOptOut, MESSAGE_TOPICS, messageTopic } from './topics.js';
import { renderTemplate, templateVariables } from './render-template.js';

describe('message status table', () => {
  it.each([
    ['queued', 'claim', 'sending'],
    ['queued', 'suppress', 'suppressed'],
    ['sending', 'deliver', 'sent'],
    ['sending', 'fail', 'failed'],
    ['sending', 'retryLater', 'queued'],
    ['failed', 'resend', 'queued'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(messageNextState(from, action)).toBe(to);
  });

  it.each([
    ['sent', 'resend'],
    ['suppressed', 'resend'],
    ['queued', 'deliver'],
    ['failed', 'claim'],
  ] as const)('%s cannot %s', (from, action) => {
    expect(() => messageNextState(from, action)).toThrow(ForbiddenTransitionError);
  });

  it('sent and suppressed are final; every status has a row', () => {
    expect(Object.keys(MESSAGE_TRANSITIONS).sort()).toEqual([...MESSAGE_STATUSES].sort());
    expect(messageActions('sent')).toEqual([]);
    expect(messageActions('suppressed')).toEqual([]);
  });

  it('retries back off 30 s, 60 s, 120 s … capped at an hour', () => {
    expect([1, 2, 3, 4].map(messageRetryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(messageRetryDelayMs(20)).toBe(3_600_000);
    expect(MAX_MESSAGE_ATTEMPTS).toBeGreaterThan(1);
  });
});

describe('topics', () => {
  it('the seed’s 生活秘书 topics exist with their Chinese labels', () => {
    expect(MESSAGE_TOPICS.map((t) => t.label['zh-CN'])).toEqual(expect.arrayContaining(['定时叫醒', '留言转达', '恶劣天气提醒', '紧急通知', '社区信息', '节日问候', '生日祝贺']));
  });

  it('emergency cannot be opted out and is urgent; the wake-up call keeps its requested time', () => {
    expect(canOptOut('emergency')).toBe(false);
    expect(messageTopic('emergency')).toMatchObject({ urgent: true, defaultChannel: 'sms' });
    expect(canOptOut('weather')).toBe(true);
    expect(messageTopic('wakeUpCall')).toMatchObject({ requestedTime: true, urgent: false });
    expect(canOptOut('nonsense')).toBe(false);
  });

  it('every topic has zh and en labels and a default text', () => {
    for (const t of MESSAGE_TOPICS) expect([t.label['zh-CN'], t.label.en, t.defaultText].every(Boolean), t.code).toBe(true);
  });
});

describe('templates', () => {
  it('fills ${var} and names the missing ones', () => {
    expect(templateVariables('${name}您好，${festival}快乐！${name}')).toEqual(['name', 'festival']);
    expect(renderTemplate('${name}您好，${festival}快乐！', { name: '吴先生', festival: '中秋' })).toEqual({ text: '吴先生您好，中秋快乐！', missing: [] });
    expect(renderTemplate('${name}您好，${festival}快乐！', { name: '吴先生' })).toEqual({ text: '吴先生您好，快乐！', missing: ['festival'] });
  });
});
