import { registerMessages } from '../../platform/http/i18n.js';

registerMessages({
  'zh-CN': {
    'entity.ownerDocumentTemplate': '文件模板',
    'entity.ownerDocument': '待签文件',
    'entity.ownerDocumentSignature': '签署记录',
    'ownerDocument.error.draftExists': '该文件已有草稿（第 {version} 版），请先编辑或发布它',
    'ownerDocument.error.updated': '文件已更新，请重新阅读后再签署',
    'ownerDocument.error.alreadySigned': '您已签署过该版本',
    'ownerDocument.field.mustAgree': '请先勾选“我已阅读并同意”',
    'ownerDocument.field.signatureNotPng': '签名必须是 PNG 图片',
    'ownerDocument.field.signatureTooLarge': '签名图片不能超过 500 KB',
    'ownerDocument.field.signatureBlank': '请先在签名框内签名',
  },
  en: {
    'entity.ownerDocumentTemplate': 'Document template',
    'entity.ownerDocument': 'Document to sign',
    'entity.ownerDocumentSignature': 'Signature',
    'ownerDocument.error.draftExists': 'This document already has a draft (version {version}); edit or publish it first',
    'ownerDocument.error.updated': 'The document was updated, please read it again',
    'ownerDocument.error.alreadySigned': 'You have already signed this version',
    'ownerDocument.field.mustAgree': 'Tick “I have read and agree” first',
    'ownerDocument.field.signatureNotPng': 'The signature must be a PNG image',
    'ownerDocument.field.signatureTooLarge': 'The signature image must not exceed 500 KB',
    'ownerDocument.field.signatureBlank': 'Please sign in the box first',
  },
});
