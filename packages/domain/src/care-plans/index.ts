export * from './care-recurrence.js';
export * from './usual-times.js';
export * from './care-rule.js';
export * from './default-care-rules.js';
export * from './care-flow.js';
