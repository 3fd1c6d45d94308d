import { registerMessages } from '../../platform/http/i18n.js';

registerMessages({
  'zh-CN': {
    'entity.ownerInvitation': '业主邀请链接（链接无效或已过期）',
    'ownerInvitation.field.notMember': '该业主不是这户的成员',
    'ownerInvitation.error.alreadyRevoked': '该链接已作废',
  },
  en: {
    'entity.ownerInvitation': 'Owner invitation link (the link is invalid or has expired)',
    'ownerInvitation.field.notMember': 'This owner is not a member of that household',
    'ownerInvitation.error.alreadyRevoked': 'This link has already been revoked',
  },
});
