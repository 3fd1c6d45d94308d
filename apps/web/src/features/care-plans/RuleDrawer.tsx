import { App, Button, Card, Checkbox, Drawer, Form, Input, InputNumber, Space, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CareAction } from '@guanjia/domain/care-plans/care-rule';
import { PROFILE_TAGS, PROFILE_TAG_LABELS, type ProfileTag } from '@guanjia/domain/service-profiles/profile-vocabulary';
import { isApiError } from '../../ui/api';
import { reportFormError } from '../../ui/form-errors';
import { useLanguage } from '../../ui/useLanguage';
import { useCareCommands, type CareRule } from './api';
import { fromRecurrenceForm, ItemSelect, itemValue, parseItemValue, RecurrenceFields, toRecurrenceForm, type RecurrenceForm } from './care-parts';
import './i18n';

interface ActionForm {
  key: string;
  title: string;
  itemNumber: string;
  recurrence: RecurrenceForm;
  timeOfDay?: string | null;
  fromUsualTimes?: boolean;
}
interface RuleForm {
  name: string;
  description?: string | null;
  condition: { tags: ProfileTag[]; minAge?: number | null };
  actions: ActionForm[];
  enabled: boolean;
}

const toForm = (r: CareRule | null): RuleForm =>
  r
    ? {
        name: r.name,
        description: r.description,
        condition: { tags: r.condition.tags, minAge: r.condition.minAge },
        actions: r.actions.map((a) => ({ key: a.key, title: a.title, itemNumber: itemValue(a.categoryNumber, a.itemNumber), recurrence: toRecurrenceForm(a.recurrence), timeOfDay: a.timeOfDay, fromUsualTimes: a.fromUsualTimes ?? false })),
        enabled: r.enabled,
      }
    : { name: '', description: null, condition: { tags: [], minAge: null }, actions: [{ key: '', title: '', itemNumber: '', recurrence: { kind: 'weekly', weekdays: [] }, timeOfDay: null }], enabled: true };

const fromForm = (v: RuleForm) => ({
  name: v.name,
  description: v.description?.trim() || null,
  condition: { tags: v.condition.tags ?? [], minAge: v.condition.minAge ?? null },
  actions: v.actions.map(
    (a): CareAction => ({ key: a.key ?? '', title: a.title, ...parseItemValue(a.itemNumber ?? ''), recurrence: fromRecurrenceForm(a.recurrence), timeOfDay: a.timeOfDay || null, ...(a.fromUsualTimes ? { fromUsualTimes: true } : {}) }),
  ),
  enabled: v.enabled,
});

/** Edit a rule: the profile tags and age it applies to, the services it suggests, whether it is on. */
export function RuleDrawer({ projectId, rule, onClose }: { projectId: string; rule: CareRule | null; onClose: () => void }) {
  const { t } = useTranslation('carePlans');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const commands = useCareCommands();
  const [form] = Form.useForm<RuleForm>();

  async function save(v: RuleForm) {
    try {
      await commands.saveRule.mutateAsync({ rule, projectId, input: fromForm(v) });
      message.success(t('ruleSaved'));
      onClose();
    } catch (error) {
      if (isApiError(error, 409)) {
        message.error(t('common:errors.unknown'));
        onClose();
      } else reportFormError(form, error, message);
    }
  }

  return (
    <Drawer
      open
      title={rule ? t('editRule') : t('addRule')}
      size={720}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="primary" loading={commands.saveRule.isPending} onClick={() => form.submit()}>
            {t('common:actions.save')}
          </Button>
        </Space>
      }
    >
      <Form<RuleForm> form={form} layout="vertical" initialValues={toForm(rule)} onFinish={(v) => void save(v)}>
        <Form.Item label={t('ruleName')} name="name" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item label={t('ruleDescription')} name="description">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item label={t('conditionTags')} name={['condition', 'tags']}>
          <Checkbox.Group options={PROFILE_TAGS.map((tag) => ({ value: tag, label: PROFILE_TAG_LABELS[tag][language] }))} />
        </Form.Item>
        <Form.Item label={t('minAge')} name={['condition', 'minAge']} extra={t('minAgeHint')}>
          <InputNumber min={0} max={120} aria-label={t('minAge')} />
        </Form.Item>
        <Form.Item label={t('enabled')} name="enabled" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.List name="actions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Card
                  key={f.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  extra={
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('removeAction')}>
                      {t('removeAction')}
                    </Button>
                  }
                >
                  <Form.Item name={[f.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Space wrap align="start">
                    <Form.Item label={t('fields.title')} name={[f.name, 'title']} rules={[{ required: true, whitespace: true }]}>
                      <Input maxLength={60} style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item label={t('fields.item')} name={[f.name, 'itemNumber']} rules={[{ required: true }]}>
                      <ItemSelect aria-label={t('fields.item')} />
                    </Form.Item>
                  </Space>
                  <RecurrenceFields name={[f.name]} absolute={['actions', f.name]} />
                  <Form.Item name={[f.name, 'fromUsualTimes']} valuePropName="checked" style={{ marginBottom: 0 }}>
                    <Checkbox>{t('fromUsualTimes')}</Checkbox>
                  </Form.Item>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ key: '', title: '', itemNumber: '', recurrence: { kind: 'weekly', weekdays: [] }, timeOfDay: null })}>
                {t('addAction')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
