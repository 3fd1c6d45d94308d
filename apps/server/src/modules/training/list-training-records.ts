import { csvDocument } from '../../platform/http/csv.js';
import { ROLE_LABELS } from '@guanjia/domain';
import { coursesNotYetTaken } from '@guanjia/domain/training/training-record';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { recordedAttendance, recordRowsOf } from './get-training-record.js';
import { presentCourse } from './present-training.js';
import { projectTrainees } from './training-access.js';

/** Every trainee of the project with their attendance counts, quiz scores and required courses still owed. */
export async function listTrainingRecords(db: DbOrTx, actor: Actor, projectId: string) {
  assertProjectVisible(actor, projectId, 'entity.project');
  const people = await projectTrainees(db, projectId);
  const courses = (await db.selectFrom('training_courses').selectAll().where('project_id', '=', projectId).execute()).map(presentCourse);
  const rows = await recordRowsOf(db, projectId, people.map((p) => p.id));
  return people.map((p) => {
    const r = rows.get(p.id)!;
    const recorded = r.sessions.filter((s) => s.status === 'recorded');
    const scores = r.attempts.map((a) => a.score ?? 0);
    return {
      person: { id: p.id, name: p.name, roles: p.roles },
      invited: r.sessions.length,
      present: recorded.filter((s) => s.attendance === 'present').length,
      late: recorded.filter((s) => s.attendance === 'late').length,
      absent: recorded.filter((s) => s.attendance === 'absent').length,
      quizAttempts: r.attempts.length,
      quizzesPassed: new Set(r.attempts.filter((a) => a.passed).map((a) => a.quizId)).size,
      averageScore: scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
      notYetTaken: coursesNotYetTaken(p.roles, courses, recordedAttendance(r)).map((c) => ({ id: c.id, title: c.title })),
    };
  });
}

/** The records as CSV with a BOM, so Excel opens the Chinese correctly. */
export function trainingRecordsCsv(records: Awaited<ReturnType<typeof listTrainingRecords>>): string {
  const header = ['姓名', '岗位', '受邀场次', '出勤', '迟到', '缺席', '测验次数', '通过测验数', '平均分', '未完成的必修课程'];
  const lines = records.map((r) =>
    [
      r.person.name,
      r.person.roles.map((role) => ROLE_LABELS[role]?.['zh-CN'] ?? role).join('/'),
      r.invited,
      r.present,
      r.late,
      r.absent,
      r.quizAttempts,
      r.quizzesPassed,
      r.averageScore,
      r.notYetTaken.map((c) => c.title).join('；'),
    ],
  );
  return csvDocument(header, lines);
}
