import type { Db } from '../../platform/db/database.js';
import { sessionId } from './session.js';
import { forgetSession } from './session-cache.js';

export async function logOut(db: Db, token: string): Promise<void> {
  const id = sessionId(token);
  await db.deleteFrom('sessions').where('id', '=', id).execute();
  forgetSession(id);
}
