export * from './lunar-calendar.js';
export * from './festivals.js';
export * from './birthdays.js';
export * from './lunar-label.js';
export * from './upcoming-greetings.js';
