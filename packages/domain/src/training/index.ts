export * from './training-topics.js';
export * from './training-session-flow.js';
export * from './quiz-generator.js';
export * from './training-plan-schedule.js';
export * from './training-record.js';
