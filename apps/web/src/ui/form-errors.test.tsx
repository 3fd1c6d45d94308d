import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Form, Input, Select, type FormInstance } from 'antd';
import { ApiError } from './api';
import { applyFieldErrors, reportFormError, toNamePath } from './form-errors';

function Harness({ onForm }: { onForm: (form: FormInstance) => void }) {
  const [form] = Form.useForm();
  useEffect(() => {
    onForm(form);
  }, [form, onForm]);
  return (
    <Form form={form}>
      <Form.Item label="名称" name="name">
        <Input />
      </Form.Item>
      <Form.Item label="项目" name="projectIds">
        <Select mode="multiple" options={[]} />
      </Form.Item>
      <Form.Item label="用户名" name={['createAccount', 'username']}>
        <Input />
      </Form.Item>
    </Form>
  );
}

function renderHarness(): FormInstance {
  let captured: FormInstance | undefined;
  render(<Harness onForm={(f) => (captured = f)} />);
  return captured!;
}

const invalid = (fields: Record<string, string>) =>
  new ApiError({ status: 400, code: 'VALIDATION', message: '输入有误', fields });

describe('form errors', () => {
  it('admin: server field errors appear under the matching fields, nested and indexed ones too', async () => {
    const form = renderHarness();
    let result: ReturnType<typeof applyFieldErrors> | undefined;
    act(() => {
      result = applyFieldErrors(
        form,
        invalid({ name: '名称已存在', 'projectIds.1': '项目不存在', 'createAccount.username': '用户名已被占用', other: '未知' }),
      );
    });
    expect(await screen.findByText('名称已存在')).toBeTruthy();
    expect(screen.getByText('项目不存在')).toBeTruthy();
    expect(screen.getByText('用户名已被占用')).toBeTruthy();
    expect(result?.unmatched).toEqual({ other: '未知' });
  });

  it('admin: an error without fields is shown as a message', () => {
    const form = renderHarness();
    const message = { error: vi.fn() };
    act(() => reportFormError(form, new ApiError({ status: 409, code: 'CONFLICT', message: '编码重复' }), message));
    expect(message.error).toHaveBeenCalledWith('编码重复');
  });

  it('splits dotted keys into antd name paths', () => {
    expect(toNamePath('members.0.phone')).toEqual(['members', 0, 'phone']);
  });
});
