import { useState } from 'react';
import { App, Button, Form, Input, Popconfirm, Select, Space, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { toRequestBody } from '../../ui/body';
import { useAuth } from '../../ui/auth';
import { errorMessage } from '../../ui/form-errors';
import { useOptionsList } from '../../ui/paging';
import { ResourceTable } from '../../ui/ResourceTable';
import { roleLabel, STAFF_ROLES } from '../../ui/roles';
import { useLanguage } from '../../ui/useLanguage';
import type { Vendor } from '../vendors/api';
import type { StaffUser, StaffUserForm } from './api';
import { ResetPasswordModal } from './ResetPasswordModal';

interface NamedItem {
  id: string;
  name: string;
}

export function UsersPage() {
  const { t } = useTranslation('staff');
  const { me, isAdmin } = useAuth();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<string | undefined>();
  const [projectId, setProjectId] = useState<string | undefined>();
  const [resetting, setResetting] = useState<StaffUser | null>(null);
  const projects = useOptionsList<NamedItem>(['projects'], '/api/projects');
  const departments = useOptionsList<NamedItem>(['departments'], '/api/departments');
  const vendors = useOptionsList<Vendor>(['vendors'], '/api/vendors');

  const projectList = projects.data ?? me.projects;
  const projectOptions = projectList.map((p) => ({ value: p.id, label: p.name }));
  const roleOptions = STAFF_ROLES.map((r) => ({ value: r, label: roleLabel(r, language) }));

  async function setActive(user: StaffUser, active: boolean) {
    try {
      await api.patch(`/api/users/${user.id}`, { active, ...(user.version !== undefined ? { version: user.version } : {}) });
      message.success(active ? t('activated') : t('deactivated'));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  return (
    <>
      <ResourceTable<StaffUser, StaffUserForm>
        resource="users"
        listPath="/api/users"
        params={{ role, projectId }}
        title={t('title')}
        subTitle={t('subtitle')}
        canWrite={isAdmin}
        createLabel={t('create')}
        createPath="/api/users"
        updatePath={(row) => `/api/users/${row.id}`}
        formTitle={(row) => (row ? t('edit') : t('create'))}
        createDefaults={{ roles: [], projectIds: [] }}
        searchPlaceholder={t('searchPlaceholder')}
        emptyHint={t('emptyHint')}
        toBody={(values, row) => {
          if (!row) return toRequestBody(values);
          const { username: _username, password: _password, ...editable } = values;
          return toRequestBody(editable, row as unknown as Record<string, unknown>);
        }}
        filters={
          <>
            <Select
              aria-label={t('roles')}
              allowClear
              placeholder={t('allRoles')}
              value={role}
              onChange={setRole}
              options={roleOptions}
              style={{ width: 180 }}
            />
            <Select
              aria-label={t('projects')}
              allowClear
              placeholder={t('allProjects')}
              value={projectId}
              onChange={setProjectId}
              options={projectOptions}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 200 }}
            />
          </>
        }
        columns={[
          { title: t('username'), dataIndex: 'username' },
          { title: t('name'), dataIndex: 'name' },
          { title: t('phone'), dataIndex: 'phone' },
          {
            title: t('roles'),
            dataIndex: 'roles',
            render: (roles: string[]) => (
              <Space size={4} wrap>
                {roles.map((r) => (
                  <Tag key={r} color="blue">
                    {roleLabel(r, language)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('projects'),
            dataIndex: 'projectIds',
            render: (ids: string[] = []) => ids.map((id) => projectList.find((p) => p.id === id)?.name ?? id).join(t('common:listSeparator')),
          },
          {
            title: t('status'),
            dataIndex: 'active',
            render: (active: boolean) => <Tag color={active ? 'green' : 'default'}>{active ? t('active') : t('inactive')}</Tag>,
          },
        ]}
        rowActions={(row) =>
          isAdmin && (
            <>
              <Button type="link" onClick={() => setResetting(row)}>
                {t('resetPassword')}
              </Button>
              <Popconfirm
                title={row.active ? t('deactivateConfirm', { name: row.name }) : t('activateConfirm', { name: row.name })}
                okText={t('common:actions.confirm')}
                cancelText={t('common:actions.cancel')}
                okButtonProps={{ danger: row.active }}
                onConfirm={() => setActive(row, !row.active)}
              >
                <Button type="link" danger={row.active}>
                  {row.active ? t('deactivate') : t('activate')}
                </Button>
              </Popconfirm>
            </>
          )
        }
        renderFields={(mode) => (
          <>
            {mode === 'create' && (
              <Form.Item label={t('username')} name="username" rules={[{ required: true, whitespace: true }]}>
                <Input maxLength={50} autoComplete="off" />
              </Form.Item>
            )}
            <Form.Item label={t('name')} name="name" rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item label={t('phone')} name="phone">
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
            <Form.Item label={t('roles')} name="roles" rules={[{ required: true, type: 'array', min: 1 }]}>
              <Select mode="multiple" options={roleOptions} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
            <Form.Item label={t('projects')} name="projectIds">
              <Select mode="multiple" options={projectOptions} showSearch={{ optionFilterProp: 'label' }} loading={projects.isPending} />
            </Form.Item>
            <Form.Item label={t('department')} name="departmentId">
              <Select
                allowClear
                options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
            <Form.Item noStyle dependencies={['roles']}>
              {({ getFieldValue }) =>
                (getFieldValue('roles') as string[] | undefined)?.includes('vendorStaff') && (
                  <Form.Item label={t('vendor')} name="vendorId" rules={[{ required: true }]}>
                    <Select
                      options={(vendors.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
                      showSearch={{ optionFilterProp: 'label' }}
                    />
                  </Form.Item>
                )
              }
            </Form.Item>
            {mode === 'create' && (
              <Form.Item
                label={t('password')}
                name="password"
                rules={[{ required: true }, { min: 8, message: t('passwordMin') }]}
                extra={t('passwordHint')}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            )}
          </>
        )}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
