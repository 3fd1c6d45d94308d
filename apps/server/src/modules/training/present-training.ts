import { TRAINING_TOPIC_LABELS } from '@guanjia/domain/training/training-topics';
import { parseJson, type CourseRow, type SessionRow } from './training-access.js';

type Named = { id: string; name: string } | null;

export function presentCourse(c: CourseRow) {
  return {
    id: c.id,
    projectId: c.project_id,
    key: c.course_key,
    topic: c.topic,
    topicLabel: TRAINING_TOPIC_LABELS[c.topic]?.['zh-CN'] ?? c.topic,
    title: c.title,
    description: c.description,
    durationMinutes: c.duration_minutes,
    audience: c.audience,
    required: c.required === 1,
    active: c.active === 1,
    materialFileIds: parseJson<string[]>(c.material_file_ids, []),
    version: c.version,
    updatedAt: c.updated_at,
  };
}
export type CourseView = ReturnType<typeof presentCourse>;

export function presentSession(s: SessionRow, course: Pick<CourseRow, 'id' | 'title' | 'topic' | 'audience' | 'duration_minutes'> | undefined, user: (id: string | null) => Named, traineeCount: number) {
  return {
    id: s.id,
    projectId: s.project_id,
    course: course ? { id: course.id, title: course.title, topic: course.topic, audience: course.audience, durationMinutes: course.duration_minutes } : null,
    sessionDate: s.session_date,
    startTime: s.start_time,
    place: s.place,
    trainer: user(s.trainer_id),
    status: s.status,
    planId: s.plan_id,
    traineeCount,
    heldAt: s.held_at,
    recordedAt: s.recorded_at,
    cancelReason: s.cancel_reason,
    version: s.version,
  };
}
export type SessionView = ReturnType<typeof presentSession>;
