import type { AccessCase } from './access-matrix.cases.js';

export const lifeSecretaryCases: AccessCase[] = [];
