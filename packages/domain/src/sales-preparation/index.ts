export * from './service-plan-flow.js';
export * from './service-plan-template.js';
export * from './preparation-checklists.js';
