import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CharterView } from './organizationTypes';

/** The charter part by part, in the model charter's order; a required part left empty stands out. */
export function CharterSections({ charter }: { charter: CharterView }) {
  const { t, i18n } = useTranslation();
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      data-testid="charter"
      styles={{ label: { width: 220 } }}
      items={charter.partList.map((part) => {
        const text = charter.parts[part.key]?.trim();
        return {
          key: part.key,
          label: i18n.language === 'en' ? part.en : part.zh,
          children: text
            ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{text}</Typography.Paragraph>
            : <Typography.Text type={part.required ? 'danger' : 'secondary'}>{t('orgs.charterEmpty')}</Typography.Text>,
        };
      })}
    />
  );
}
