export * from './roles.js';
export * from './wake-up.js';
export * from './message-relay.js';
export * from './greetings-of-day.js';
