export * from './showcase-flow.js';
export * from './showcase-post.js';
export * from './publicity.js';
