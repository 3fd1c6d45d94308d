import { describe, expect, it } from 'vitest';
import { toRequestBody } from './body';

describe('toRequestBody', () => {
  it('admin: a create leaves blank optional fields out', () => {
    expect(toRequestBody({ name: ' 华东区 ', code: '', city: undefined })).toEqual({ name: '华东区' });
  });

  it('admin: an update sends only changed fields, null for a cleared one, and the version', () => {
    const previous = { id: 'r1', name: '华东区', code: 'HD', phone: '138****0000', version: 3 };
    expect(toRequestBody({ name: '华东地区', code: '', phone: '138****0000' }, previous)).toEqual({
      name: '华东地区',
      code: null,
      version: 3,
    });
  });

  it('admin: an unchanged list is not resent', () => {
    expect(toRequestBody({ roles: ['butler'] }, { roles: ['butler'] })).toEqual({});
  });
});
