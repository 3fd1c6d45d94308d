export * from './deal-flow.js';
export * from './onboarding-checklist.js';
export * from './webhook-signature.js';
