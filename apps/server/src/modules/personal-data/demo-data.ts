import type { DemoIds } from '../../demo/seed-demo.js';
import type { Tx } from '../../platform/db/transaction.js';

export async function seedPersonalDataDemo(_trx: Tx, _ids: DemoIds): Promise<void> {}
