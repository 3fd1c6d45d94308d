export * from './questionnaire-flow.js';
export * from './questionnaire-content.js';
export * from './questionnaire-answers.js';
export * from './default-questionnaire.js';
export * from './consent-purposes.js';
