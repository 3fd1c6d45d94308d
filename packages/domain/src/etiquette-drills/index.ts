export * from './drill-timetable.js';
