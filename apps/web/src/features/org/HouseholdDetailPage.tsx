import { useState } from 'react';
import { Button, Checkbox, Descriptions, Form, Input, Select, Spin, Table, Tag } from 'antd';
import { ArrowLeftOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { toRequestBody } from '../../ui/body';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { FormModal } from '../../ui/FormModal';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { RevealPersonalData } from '../../ui/RevealPersonalData';
import { canRevealPersonalData } from '../personal-data/access';
import { RELATIONS, unitLabel, useHousehold, type HouseholdMember, type Relation } from './api';

interface MemberForm {
  name: string;
  phone?: string;
  idNumber?: string;
  relation: Relation;
  withAccount?: boolean;
  createAccount?: { username: string; password: string };
}

export function HouseholdDetailPage() {
  const { t } = useTranslation('org');
  const auth = useAuth();
  const { isAdmin } = auth;
  const canReveal = canRevealPersonalData(auth);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { projectId = '', householdId = '' } = useParams();
  const household = useHousehold(householdId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<HouseholdMember | null>(null);
  const members = household.data?.members ?? [];
  const relationOptions = RELATIONS.map((r) => ({ value: r, label: t(`households.relations.${r}`) }));

  async function refresh() {
    await queryClient.invalidateQueries({ queryKey: ['households'] });
  }

  async function addMember(values: MemberForm) {
    const { withAccount, createAccount, ...rest } = values;
    const body = toRequestBody(rest);
    if (withAccount && createAccount) body.createAccount = { username: createAccount.username.trim(), password: createAccount.password };
    await api.post(`/api/households/${householdId}/members`, body);
    await refresh();
  }

  async function updateMember(values: Pick<MemberForm, 'name' | 'phone' | 'idNumber'>) {
    if (!editing) return;
    await api.patch(`/api/owners/${editing.ownerId}`, toRequestBody(values, editing as unknown as Record<string, unknown>));
    await refresh();
  }

  const personFields = (
    <>
      <Form.Item label={t('households.memberName')} name="name" rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label={t('common:fields.phone')} name="phone">
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      <Form.Item label={t('households.idNumber')} name="idNumber">
        <Input maxLength={30} />
      </Form.Item>
    </>
  );

  return (
    <>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        style={{ paddingInline: 0 }}
        onClick={() => navigate(`/org/projects/${projectId}/households`)}
      >
        {t('households.back')}
      </Button>
      {household.isPending && <Spin />}
      {household.isError && <QueryError error={household.error} onRetry={() => void household.refetch()} />}
      {household.data && (
        <>
          <PageHeader
            title={`${t('households.detail')} · ${unitLabel(household.data.unit)}`}
            extra={
              isAdmin && (
                <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
                  {t('households.addMember')}
                </Button>
              )
            }
          />
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('households.unit')}>{unitLabel(household.data.unit)}</Descriptions.Item>
            <Descriptions.Item label={t('households.name')}>{household.data.name || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('households.memberCount')}>{members.length}</Descriptions.Item>
          </Descriptions>
          <Table<HouseholdMember>
            rowKey="id"
            dataSource={members}
            pagination={false}
            locale={{ emptyText: <EmptyState hint={isAdmin ? t('households.emptyMembersHint') : undefined} /> }}
            columns={[
              { title: t('households.memberName'), dataIndex: 'name' },
              {
                title: t('households.relation'),
                dataIndex: 'relation',
                render: (r: Relation) => <Tag>{t(`households.relations.${r}`, { defaultValue: r })}</Tag>,
              },
              {
                title: t('common:fields.phone'),
                dataIndex: 'phone',
                render: (v: string | null, m: HouseholdMember) => <RevealPersonalData value={v} field="phone" subject={{ subjectType: 'owner', ownerId: m.ownerId }} canReveal={canReveal} />,
              },
              {
                title: t('households.idNumber'),
                dataIndex: 'idNumber',
                render: (v: string | null, m: HouseholdMember) => <RevealPersonalData value={v} field="idNumber" subject={{ subjectType: 'owner', ownerId: m.ownerId }} canReveal={canReveal} />,
              },
              {
                title: t('households.account'),
                dataIndex: 'hasAccount',
                render: (has: boolean) => (has ? t('households.accountYes') : t('households.accountNo')),
              },
              ...(isAdmin
                ? [
                    {
                      title: t('common:fields.actions'),
                      key: 'actions',
                      render: (_: unknown, row: HouseholdMember) => (
                        <Button type="link" onClick={() => setEditing(row)}>
                          {t('common:actions.edit')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
      <FormModal<MemberForm>
        open={adding}
        title={t('households.addMember')}
        initialValues={{ relation: members.some((m) => m.relation === 'owner') ? 'resident' : 'owner' }}
        successMessage={t('households.memberAdded')}
        onClose={() => setAdding(false)}
        onSubmit={addMember}
      >
        {personFields}
        <Form.Item label={t('households.relation')} name="relation" rules={[{ required: true }]}>
          <Select options={relationOptions} />
        </Form.Item>
        <Form.Item name="withAccount" valuePropName="checked">
          <Checkbox>{t('households.createAccount')}</Checkbox>
        </Form.Item>
        <Form.Item noStyle dependencies={['withAccount']}>
          {({ getFieldValue }) =>
            getFieldValue('withAccount') && (
              <>
                <Form.Item
                  label={t('households.username')}
                  name={['createAccount', 'username']}
                  rules={[{ required: true, whitespace: true }]}
                >
                  <Input maxLength={50} autoComplete="off" />
                </Form.Item>
                <Form.Item label={t('households.password')} name={['createAccount', 'password']} rules={[{ required: true }]}>
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </>
            )
          }
        </Form.Item>
      </FormModal>
      <FormModal<Pick<MemberForm, 'name' | 'phone' | 'idNumber'>>
        open={editing !== null}
        title={t('households.editMember')}
        initialValues={editing ? { name: editing.name, phone: editing.phone ?? undefined, idNumber: editing.idNumber ?? undefined } : undefined}
        successMessage={t('common:messages.updated')}
        onClose={() => setEditing(null)}
        onSubmit={updateMember}
      >
        {personFields}
      </FormModal>
    </>
  );
}
