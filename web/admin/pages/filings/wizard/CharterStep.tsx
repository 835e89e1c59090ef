import { Alert, Form, Input, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CharterPart } from '../../organizations/organizationTypes';

/** Step 2, the charter on the model charter's parts; required parts are marked and checked at submission. */
export function CharterStep({ form, partList, initialValues }: { form: FormInstance; partList: CharterPart[]; initialValues: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('filings.wizard.charterHint')} />
      <Form form={form} layout="vertical" name="filing-charter" initialValues={initialValues}>
        {partList.map((part) => (
          <Form.Item key={part.key} name={part.key} label={i18n.language === 'en' ? part.en : part.zh} required={part.required}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} showCount />
          </Form.Item>
        ))}
      </Form>
    </>
  );
}
