import { useState } from 'react';
import { Button, Card, Flex, Form, Input, InputNumber, Popconfirm, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EQUIPMENT_STATUS_TITLES, EQUIPMENT_TRANSITIONS } from '@guanjia/domain/opening-readiness/equipment-flow';
import { isApiError } from '../../ui/api';
import { EmptyState } from '../../ui/EmptyState';
import { FormModal } from '../../ui/FormModal';
import { useLanguage } from '../../ui/useLanguage';
import { PLACE_KINDS, readinessApi, type EquipmentItem, type EquipmentItemInput, type EquipmentPlace, type EquipmentStatus, type PlaceKind, type Readiness } from './api';
import { useReadinessAction, useRefreshReadiness } from './parts';

const STATUS_COLOUR: Record<EquipmentStatus, string> = { requested: 'default', purchased: 'blue', delivered: 'cyan', installed: 'geekblue', checked: 'green' };

interface ItemForm {
  placeKind: PlaceKind;
  placeName: string;
  itemName: string;
  quantity: number;
  note?: string | null;
}

type Editing = { mode: 'create'; place?: Pick<EquipmentPlace, 'kind' | 'name'> } | { mode: 'edit'; id: string };

interface Props {
  readiness: Readiness;
  /** Adds, edits and removes items and moves them along. */
  canWork: boolean;
}

/** 设备设施配置清单 per place (会所, each 样板房): item by item until every one is 落实到位. */
export function EquipmentList({ readiness, canWork }: Props) {
  const { t } = useTranslation('openingReadiness');
  const { language } = useLanguage();
  const run = useReadinessAction();
  const refresh = useRefreshReadiness();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [steppingBackId, setSteppingBackId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const { places, total } = readiness.equipment;
  const allItems = places.flatMap((p) => p.items);
  // Forms read the latest copy, so a save after a refresh sends the current version.
  const editedItem = editing?.mode === 'edit' ? allItems.find((i) => i.id === editing.id) : undefined;
  const steppingBack = allItems.find((i) => i.id === steppingBackId);
  const statusTitle = (s: EquipmentStatus) => (language === 'en' ? EQUIPMENT_STATUS_TITLES[s].en : EQUIPMENT_STATUS_TITLES[s].zh);

  async function act(item: EquipmentItem, action: () => Promise<unknown>, done: string) {
    setBusyId(item.id);
    try {
      await run(action, done);
    } finally {
      setBusyId(null);
    }
  }

  /** Saves, and on a 409 reloads before the form shows the server's message. */
  async function withConflictRefresh(save: () => Promise<unknown>) {
    try {
      await save();
      await refresh();
    } catch (error) {
      if (isApiError(error, 409)) await refresh();
      throw error;
    }
  }

  async function submitItem(values: ItemForm) {
    const note = values.note?.trim();
    const input: EquipmentItemInput = { placeKind: values.placeKind, placeName: values.placeName.trim(), itemName: values.itemName.trim(), quantity: values.quantity };
    await withConflictRefresh(() =>
      editedItem ? readinessApi.updateItem(editedItem, { ...input, note: note || null }) : readinessApi.createItem(readiness.project.id, note ? { ...input, note } : input),
    );
  }

  const formInitial: Partial<ItemForm> = editedItem
    ? { placeKind: editedItem.placeKind, placeName: editedItem.placeName, itemName: editedItem.itemName, quantity: editedItem.quantity, note: editedItem.note }
    : editing?.mode === 'create' && editing.place
      ? { placeKind: editing.place.kind, placeName: editing.place.name, quantity: 1 }
      : { placeKind: 'clubhouse', placeName: t('equipment.place.clubhouse'), quantity: 1 };

  function actionButtons(item: EquipmentItem) {
    return (
      <Space size={4} wrap>
        {item.allowedActions
          .filter((a) => a !== 'stepBack')
          .map((a) => (
            <Button key={a} size="small" type="primary" loading={busyId === item.id} onClick={() => void act(item, () => readinessApi.transition(item, a), t('equipment.actionDone'))}>
              {t(`equipment.action.${a}`)}
            </Button>
          ))}
        {item.allowedActions.includes('stepBack') && (
          <Button size="small" disabled={busyId === item.id} onClick={() => setSteppingBackId(item.id)}>
            {t('equipment.action.stepBack')}
          </Button>
        )}
        <Button size="small" type="link" onClick={() => setEditing({ mode: 'edit', id: item.id })}>
          {t('common:actions.edit')}
        </Button>
        <Popconfirm
          title={t('equipment.removeConfirm', { name: item.itemName })}
          okText={t('common:actions.confirm')}
          cancelText={t('common:actions.cancel')}
          onConfirm={() => act(item, () => readinessApi.removeItem(item), t('equipment.removed'))}
        >
          <Button size="small" type="link" danger>
            {t('equipment.remove')}
          </Button>
        </Popconfirm>
      </Space>
    );
  }

  return (
    <Card
      title={t('equipment.title')}
      size="small"
      extra={
        <Space>
          {total.total > 0 && <Typography.Text type={total.allInPlace ? 'success' : 'secondary'}>{t('equipment.total', { inPlace: total.inPlace, total: total.total })}</Typography.Text>}
          {canWork && (
            <Button icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
              {t('equipment.add')}
            </Button>
          )}
        </Space>
      }
    >
      {places.length === 0 && <EmptyState hint={`${t('equipment.empty')}${canWork ? `，${t('equipment.emptyHint')}` : ''}`} />}
      {places.map((place) => (
        <section key={`${place.kind}:${place.name}`} aria-label={t('equipment.placeTitle', { kind: t(`equipment.place.${place.kind}`), name: place.name })} style={{ marginBottom: 16 }}>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t('equipment.placeTitle', { kind: t(`equipment.place.${place.kind}`), name: place.name })}</Typography.Text>
            <Space>
              <Progress
                percent={Math.round((place.progress.inPlace / Math.max(place.progress.total, 1)) * 100)}
                status={place.progress.allInPlace ? 'success' : 'normal'}
                format={() => t('equipment.progress', { inPlace: place.progress.inPlace, total: place.progress.total })}
                size="small"
                style={{ width: 260 }}
              />
              {canWork && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create', place })}>
                  {t('equipment.addTo')}
                </Button>
              )}
            </Space>
          </Flex>
          <Table<EquipmentItem>
            rowKey="id"
            dataSource={place.items}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('equipment.itemName'), dataIndex: 'itemName' },
              { title: t('equipment.quantity'), dataIndex: 'quantity' },
              { title: t('equipment.status'), key: 'status', render: (_, i) => <Tag color={STATUS_COLOUR[i.status]}>{statusTitle(i.status)}</Tag> },
              { title: t('equipment.note'), dataIndex: 'note', render: (note: string | null) => note ?? '' },
              ...(canWork ? [{ title: t('equipment.actions'), key: 'actions', render: (_: unknown, i: EquipmentItem) => actionButtons(i) }] : []),
            ]}
          />
        </section>
      ))}
      <FormModal<ItemForm>
        open={editing !== null && (editing.mode === 'create' || editedItem !== undefined)}
        title={editing?.mode === 'edit' ? t('equipment.editTitle') : t('equipment.add')}
        initialValues={formInitial}
        successMessage={editing?.mode === 'edit' ? t('common:messages.updated') : t('common:messages.created')}
        onClose={() => setEditing(null)}
        onSubmit={submitItem}
      >
        <Space size="large" wrap>
          <Form.Item label={t('equipment.placeKind')} name="placeKind" rules={[{ required: true }]}>
            <Select style={{ width: 140 }} options={PLACE_KINDS.map((k) => ({ value: k, label: t(`equipment.place.${k}`) }))} />
          </Form.Item>
          <Form.Item label={t('equipment.placeName')} name="placeName" rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} placeholder={t('equipment.placeNameHint')} style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Form.Item label={t('equipment.itemName')} name="itemName" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('equipment.quantity')} name="quantity" rules={[{ required: true }]}>
          <InputNumber min={1} max={100000} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label={t('equipment.note')} name="note">
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        open={steppingBack !== undefined}
        title={steppingBack ? t('equipment.stepBackTitle', { name: steppingBack.itemName }) : ''}
        okText={t('equipment.action.stepBack')}
        successMessage={t('equipment.actionDone')}
        onClose={() => setSteppingBackId(null)}
        onSubmit={({ reason }) => withConflictRefresh(() => readinessApi.transition(steppingBack!, 'stepBack', reason.trim()))}
      >
        {steppingBack && EQUIPMENT_TRANSITIONS[steppingBack.status].stepBack && (
          <Typography.Paragraph>
            {t('equipment.stepBackTo', { from: statusTitle(steppingBack.status), to: statusTitle(EQUIPMENT_TRANSITIONS[steppingBack.status].stepBack!) })}
          </Typography.Paragraph>
        )}
        <Form.Item label={t('equipment.reason')} name="reason" rules={[{ required: true, whitespace: true, message: t('equipment.reasonRequired') }]}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
