export * from './shared/uuid.js';
export * from './shared/mask.js';
export * from './shared/state-machine.js';
export * from './shared/business-date.js';
export * from './auth/roles.js';
export * from './people/personal-data.js';
