export * from './milestones.js';
export * from './equipment-flow.js';
