export * from './event-plan-flow.js';
export * from './backward-schedule.js';
