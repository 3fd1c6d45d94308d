export * from './owner-document-kinds.js';
export * from './template-flow.js';
