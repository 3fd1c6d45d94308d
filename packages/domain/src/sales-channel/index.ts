export * from './channel-sides.js';
export * from './channel-items.js';
export * from './duties.js';
export * from './suggestion-flow.js';
export * from './joint-meeting-flow.js';
