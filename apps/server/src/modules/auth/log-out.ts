import type { Db } from '../../platform/db/database.js';
import { sessionId } from './session.js';

export async function logOut(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId(token)).execute();
}
