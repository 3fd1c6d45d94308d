import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Popconfirm, Select, Space, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CHOICE_TYPES, QUESTION_TYPES, type QuestionSection, type QuestionType } from '@guanjia/domain/questionnaires/questionnaire-content';
import { PROFILE_FIELDS, PROFILE_FIELD_LABELS, PROFILE_TAGS, PROFILE_TAG_LABELS } from '@guanjia/domain/service-profiles/profile-vocabulary';
import { reportFormError } from '../../ui/form-errors';
import { useLanguage } from '../../ui/useLanguage';
import { useQuestionnaireCommands, type Questionnaire } from './api';
import './i18n';

interface Values {
  title: string;
  intro?: string | null;
  sections: QuestionSection[];
}

let counter = 0;
/** Keys are generated, never typed: answers are stored under them, so they must stay stable and unique. */
export const newKey = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Options only on choice questions; a members question feeds the members. */
export function normaliseSections(sections: QuestionSection[]): QuestionSection[] {
  return sections.map((s) => ({
    key: s.key,
    title: s.title,
    questions: (s.questions ?? []).map((q) => ({
      key: q.key,
      type: q.type,
      title: q.title,
      help: q.help?.trim() || null,
      required: Boolean(q.required),
      options: CHOICE_TYPES.includes(q.type) ? (q.options ?? []).map((o) => ({ value: o.value, label: o.label, tag: o.tag ?? null })) : null,
      profileField: q.type === 'members' ? 'members' : (q.profileField ?? null),
      ...(q.type === 'number' ? { min: q.min ?? null, max: q.max ?? null } : {}),
    })),
  }));
}

/** One version: a draft is built here (sections, questions of each type, options, required, profile field); others are read-only. */
export function QuestionnaireEditor({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = useTranslation('questionnaires');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const commands = useQuestionnaireCommands();
  const [busy, setBusy] = useState(false);
  const editable = questionnaire.allowedActions.includes('edit');
  const canPublish = questionnaire.allowedActions.includes('publish');
  const canRetire = questionnaire.allowedActions.includes('retire');

  useEffect(() => {
    form.setFieldsValue({ title: questionnaire.title, intro: questionnaire.intro, sections: questionnaire.sections });
  }, [form, questionnaire]);

  async function save(): Promise<Questionnaire | null> {
    try {
      const v = await form.validateFields();
      return await commands.save.mutateAsync({ id: questionnaire.id, version: questionnaire.version, title: v.title, intro: v.intro?.trim() || null, sections: normaliseSections(v.sections ?? []) });
    } catch (error) {
      if (error && typeof error === 'object' && 'errorFields' in error) return null;
      reportFormError(form, error, message);
      return null;
    }
  }
  async function run(action: 'save' | 'publish' | 'retire') {
    setBusy(true);
    try {
      if (action === 'retire') {
        await commands.retire.mutateAsync({ id: questionnaire.id, version: questionnaire.version });
        message.success(t('retired'));
        return;
      }
      const saved = await save();
      if (!saved) return;
      if (action === 'publish') {
        await commands.publish.mutateAsync({ id: saved.id, version: saved.version });
        message.success(t('published'));
      } else message.success(t('saved'));
    } catch (error) {
      reportFormError(form, error, message);
    } finally {
      setBusy(false);
    }
  }

  const typeOptions = QUESTION_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }));
  const fieldOptions = [{ value: '', label: t('noProfileField') }, ...PROFILE_FIELDS.map((f) => ({ value: f, label: PROFILE_FIELD_LABELS[f][language] }))];
  const tagOptions = [{ value: '', label: t('noTag') }, ...PROFILE_TAGS.map((tag) => ({ value: tag, label: PROFILE_TAG_LABELS[tag][language] }))];

  return (
    <Card
      title={
        <Space>
          {t('versionLabel', { n: questionnaire.versionNo })}
          <Tag color={questionnaire.status === 'published' ? 'green' : questionnaire.status === 'draft' ? 'blue' : undefined}>{t(`statuses.${questionnaire.status}`)}</Tag>
        </Space>
      }
      extra={
        <Space>
          {editable && (
            <Button loading={busy} onClick={() => void run('save')}>
              {t('save')}
            </Button>
          )}
          {canPublish && (
            <Popconfirm title={t('publishConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => run('publish')}>
              <Button type="primary" loading={busy}>
                {t('publish')}
              </Button>
            </Popconfirm>
          )}
          {canRetire && (
            <Popconfirm title={t('retireConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => run('retire')}>
              <Button danger loading={busy}>
                {t('retire')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      {!editable && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('readOnly')} />}
      <Form<Values> form={form} layout="vertical" disabled={!editable}>
        <Form.Item label={t('titleField')} name="title" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('intro')} name="intro">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.List name="sections">
          {(sections, { add: addSection, remove: removeSection }) => (
            <>
              {sections.map((section, si) => (
                <Card
                  key={section.key}
                  size="small"
                  type="inner"
                  style={{ marginBottom: 12 }}
                  title={t('section', { n: si + 1 })}
                  extra={editable && <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('removeSection')} onClick={() => removeSection(section.name)} />}
                >
                  <Form.Item name={[section.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item label={t('sectionTitle')} name={[section.name, 'title']} rules={[{ required: true, whitespace: true }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.List name={[section.name, 'questions']}>
                    {(questions, { add: addQuestion, remove: removeQuestion }) => (
                      <>
                        {questions.map((q) => (
                          <QuestionFields key={q.key} base={['sections', section.name, 'questions', q.name]} name={q.name} editable={editable} typeOptions={typeOptions} fieldOptions={fieldOptions} tagOptions={tagOptions} onRemove={() => removeQuestion(q.name)} />
                        ))}
                        {editable && (
                          <Button type="dashed" icon={<PlusOutlined />} onClick={() => addQuestion({ key: newKey('q'), type: 'single', title: '', required: false, options: [{ value: newKey('o'), label: '' }, { value: newKey('o'), label: '' }], profileField: null })}>
                            {t('addQuestion')}
                          </Button>
                        )}
                      </>
                    )}
                  </Form.List>
                </Card>
              ))}
              {editable && (
                <Button icon={<PlusOutlined />} onClick={() => addSection({ key: newKey('s'), title: '', questions: [] })}>
                  {t('addSection')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}

interface QuestionFieldsProps {
  base: (string | number)[];
  name: number;
  editable: boolean;
  typeOptions: { value: string; label: string }[];
  fieldOptions: { value: string; label: string }[];
  tagOptions: { value: string; label: string }[];
  onRemove: () => void;
}

function QuestionFields({ base, name, editable, typeOptions, fieldOptions, tagOptions, onRemove }: QuestionFieldsProps) {
  const { t } = useTranslation('questionnaires');
  const form = Form.useFormInstance();
  const type = Form.useWatch([...base, 'type'], form) as QuestionType | undefined;
  const isChoice = type !== undefined && CHOICE_TYPES.includes(type);
  return (
    <Card size="small" style={{ marginBottom: 8, background: '#fafafa' }}>
      <Form.Item name={[name, 'key']} hidden>
        <Input />
      </Form.Item>
      <Space align="start" wrap style={{ width: '100%' }}>
        <Form.Item label={t('question')} name={[name, 'title']} rules={[{ required: true, whitespace: true }]} style={{ minWidth: 320 }}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('type')} name={[name, 'type']} rules={[{ required: true }]}>
          <Select options={typeOptions} style={{ width: 200 }} />
        </Form.Item>
        {type !== 'members' && (
          <Form.Item label={t('profileField')} name={[name, 'profileField']} getValueFromEvent={(v: string) => v || null} normalize={(v: string | null) => v || null}>
            <Select options={fieldOptions.filter((o) => o.value !== 'members')} style={{ width: 170 }} placeholder={t('noProfileField')} />
          </Form.Item>
        )}
        <Form.Item label={t('required')} name={[name, 'required']} valuePropName="checked">
          <Checkbox />
        </Form.Item>
        {editable && <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('removeQuestion')} onClick={onRemove} style={{ marginTop: 30 }} />}
      </Space>
      <Form.Item label={t('help')} name={[name, 'help']}>
        <Input maxLength={500} />
      </Form.Item>
      {type === 'number' && (
        <Space>
          <Form.Item label={t('min')} name={[name, 'min']}>
            <InputNumber />
          </Form.Item>
          <Form.Item label={t('max')} name={[name, 'max']}>
            <InputNumber />
          </Form.Item>
        </Space>
      )}
      {isChoice && (
        <Form.List name={[name, 'options']}>
          {(options, { add, remove }) => (
            <Form.Item label={t('options')}>
              {options.map((o) => (
                <Space key={o.key} style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item name={[o.name, 'value']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[o.name, 'label']} rules={[{ required: true, whitespace: true }]} noStyle>
                    <Input placeholder={t('optionLabel')} aria-label={t('optionLabel')} maxLength={200} style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[o.name, 'tag']} noStyle normalize={(v: string | null) => v || null}>
                    <Select options={tagOptions} placeholder={t('optionTag')} aria-label={t('optionTag')} style={{ width: 150 }} />
                  </Form.Item>
                  {editable && <Button type="text" icon={<DeleteOutlined />} aria-label={t('removeQuestion')} onClick={() => remove(o.name)} />}
                </Space>
              ))}
              {editable && (
                <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ value: newKey('o'), label: '', tag: null })}>
                  {t('addOption')}
                </Button>
              )}
            </Form.Item>
          )}
        </Form.List>
      )}
    </Card>
  );
}
