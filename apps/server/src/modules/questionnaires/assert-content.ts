import { contentProblems, type QuestionnaireContent } from '@guanjia/domain/questionnaires/index';
import { ValidationError } from '../../platform/http/errors.js';

/** A badly built questionnaire is refused field by field (sections.0.questions.2.options: needs options). */
export function assertContent(content: QuestionnaireContent): void {
  const problems = contentProblems(content);
  if (problems.length > 0) throw new ValidationError(Object.fromEntries(problems.map((p) => [p.path, `questionnaire.content.${p.problem}`])));
}
