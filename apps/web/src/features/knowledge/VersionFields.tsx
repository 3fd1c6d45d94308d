import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KnowledgeBank } from './api';
import { categoryOptions } from './labels';
import { useLanguage } from '../../ui/useLanguage';

/** Question, keywords and answer: the fields of a version, shared by every form that writes one. */
export function VersionFields() {
  const { t } = useTranslation('knowledge');
  return (
    <>
      <Form.Item label={t('form.question')} name="question" rules={[{ required: true, whitespace: true, message: t('form.questionRequired') }]}>
        <Input maxLength={200} placeholder={t('form.questionPlaceholder')} />
      </Form.Item>
      <Form.Item label={t('form.keywords')} name="keywords" extra={t('form.keywordsHelp')}>
        <Select mode="tags" open={false} suffixIcon={null} maxCount={20} tokenSeparators={[',', '，', '、']} aria-label={t('form.keywords')} />
      </Form.Item>
      <Form.Item label={t('form.answer')} name="answer">
        <Input.TextArea rows={6} maxLength={4000} showCount placeholder={t('form.answerPlaceholder')} />
      </Form.Item>
    </>
  );
}

/** The category select of a bank. */
export function CategoryField({ bank }: { bank: KnowledgeBank }) {
  const { t } = useTranslation('knowledge');
  const { language } = useLanguage();
  return (
    <Form.Item label={t('form.category')} name="category" rules={[{ required: true, message: t('form.categoryRequired') }]}>
      <Select options={categoryOptions(bank, language)} aria-label={t('form.category')} />
    </Form.Item>
  );
}
