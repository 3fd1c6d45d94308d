export * from './visit-vocabulary.js';
export * from './visit-schedule.js';
