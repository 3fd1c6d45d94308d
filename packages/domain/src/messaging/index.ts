export * from './topics.js';
export * from './message-flow.js';
export * from './quiet-hours.js';
export * from './render-template.js';
export * from './broadcast-flow.js';
