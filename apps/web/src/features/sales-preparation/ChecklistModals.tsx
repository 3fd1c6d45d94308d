import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MATERIAL_CATEGORIES } from '@guanjia/domain/sales-preparation/preparation-checklists';
import { FormModal } from '../../ui/FormModal';
import type { ChecklistItem, Named } from './api';

/** Gives the item to a member of the project's staff with a due date (both may be cleared). */
export function AssignModal(props: { item: ChecklistItem; assignees: Named[]; onClose: () => void; onSubmit: (v: { assigneeId: string | null; dueDate: string | null }) => Promise<unknown> }) {
  const { t } = useTranslation('salesPreparation');
  const { item } = props;
  return (
    <FormModal<{ assigneeId?: string; dueDate?: Dayjs | null }>
      open
      title={t('checklists.assignTitle', { title: item.title })}
      initialValues={{ assigneeId: item.assignee?.id, dueDate: item.dueDate ? dayjs(item.dueDate) : null }}
      onClose={props.onClose}
      onSubmit={(v) => props.onSubmit({ assigneeId: v.assigneeId ?? null, dueDate: v.dueDate ? v.dueDate.format('YYYY-MM-DD') : null })}
    >
      <Form.Item name="assigneeId" label={t('checklists.assignee')}>
        <Select allowClear placeholder={t('checklists.unassigned')} options={props.assignees.map((a) => ({ value: a.id, label: a.name }))} />
      </Form.Item>
      <Form.Item name="dueDate" label={t('checklists.dueDate')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/** 不适用 needs the reason it does not apply to this project. */
export function ReasonModal(props: { item: ChecklistItem; onClose: () => void; onSubmit: (reason: string) => Promise<unknown> }) {
  const { t } = useTranslation('salesPreparation');
  return (
    <FormModal<{ reason: string }> open title={`${t('itemAction.markNotApplicable')}：${props.item.title}`} onClose={props.onClose} onSubmit={(v) => props.onSubmit(v.reason)}>
      <Form.Item name="reason" label={t('checklists.reason')} rules={[{ required: true, whitespace: true, message: t('checklists.reasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

interface EditValues {
  title: string;
  plannedHeadcount?: number;
  staffNames?: string[];
  quantity?: number;
}

/** A post's name, headcount and the staff filling it; a material's name and quantity. */
export function EditItemModal(props: { item: ChecklistItem; onClose: () => void; onSubmit: (v: EditValues) => Promise<unknown> }) {
  const { t } = useTranslation('salesPreparation');
  const { item } = props;
  const staffing = item.checklist === 'staffing';
  return (
    <FormModal<EditValues>
      open
      title={t('checklists.editTitle', { title: item.title })}
      initialValues={staffing ? { title: item.title, plannedHeadcount: item.plannedHeadcount ?? 0, staffNames: item.staffNames } : { title: item.title, quantity: item.quantity ?? undefined }}
      onClose={props.onClose}
      onSubmit={props.onSubmit}
    >
      <Form.Item name="title" label={t('checklists.titleField')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      {staffing ? (
        <>
          <Form.Item name="plannedHeadcount" label={t('checklists.plannedHeadcount')}>
            <InputNumber min={0} max={500} />
          </Form.Item>
          <Form.Item name="staffNames" label={t('checklists.staffNames')} extra={t('checklists.staffNamesHint')}>
            <Select mode="tags" open={false} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="quantity" label={t('checklists.quantity')}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
      )}
    </FormModal>
  );
}

interface AddValues {
  title: string;
  categoryKey?: string;
  plannedHeadcount?: number;
  quantity?: number;
}

/** 因地制宜: a post the template lacks, or a material of one of the seven categories. */
export function AddItemModal(props: {
  checklist: 'staffing' | 'materials';
  onClose: () => void;
  onSubmit: (v: AddValues & { checklist: 'staffing' | 'materials' }) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation('salesPreparation');
  const staffing = props.checklist === 'staffing';
  return (
    <FormModal<AddValues>
      open
      title={staffing ? t('checklists.addPost') : t('checklists.addMaterial')}
      initialValues={staffing ? { plannedHeadcount: 1 } : {}}
      onClose={props.onClose}
      onSubmit={(v) => props.onSubmit({ ...v, checklist: props.checklist })}
    >
      {!staffing && (
        <Form.Item name="categoryKey" label={t('checklists.category')} rules={[{ required: true }]}>
          <Select options={MATERIAL_CATEGORIES.map((c) => ({ value: c.key, label: i18n.language === 'en' ? c.titleEn : c.title }))} />
        </Form.Item>
      )}
      <Form.Item name="title" label={t('checklists.titleField')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      {staffing ? (
        <Form.Item name="plannedHeadcount" label={t('checklists.plannedHeadcount')}>
          <InputNumber min={0} max={500} />
        </Form.Item>
      ) : (
        <Form.Item name="quantity" label={t('checklists.quantity')}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
      )}
    </FormModal>
  );
}
