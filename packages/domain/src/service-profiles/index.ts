export * from './profile-vocabulary.js';
export * from './birthday.js';
export * from './service-profile.js';
