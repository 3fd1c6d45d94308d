export * from './reception-roles.js';
export * from './visit-flow.js';
export * from './rotation.js';
export * from './handoff-alert.js';
export * from './journey.js';
export * from './vip-protocol.js';
export * from './reference-services.js';
export * from './visitor-privacy.js';
