export * from './drill-timetable.js';
export * from './drill-rules.js';
