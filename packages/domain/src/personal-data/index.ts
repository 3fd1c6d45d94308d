export * from './request-flow.js';
export * from './erasure.js';
export * from './reveal.js';
