import { Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { conclusionColors, type Check } from './spotCheckTypes';

/** The columns every list of checks shows: organization, place, inspectors, state and result. */
export function useCheckColumns(): TableColumnsType<Check> {
  const { t } = useTranslation();
  return [
    { title: t('spotChecks.organization'), dataIndex: 'organizationName' },
    { title: t('spotChecks.place'), render: (_, c) => [c.streetName, c.placeName].filter(Boolean).join(' ') },
    { title: t('spotChecks.inspectors'), render: (_, c) => c.inspectors.map((i) => i.name).join('、') },
    {
      title: t('spotChecks.state'), width: 170,
      render: (_, c) => (
        <Space size={4}>
          <Tag color={c.state === 'completed' ? 'green' : 'default'}>{t(`spotChecks.states.${c.state}`)}</Tag>
          {c.conclusion && <Tag color={conclusionColors[c.conclusion]}>{t(`spotChecks.conclusions.${c.conclusion}`)}</Tag>}
        </Space>
      ),
    },
    { title: t('spotChecks.checkedOn'), dataIndex: 'checkedOn', width: 110 },
    { title: t('spotChecks.findings'), dataIndex: 'findings', ellipsis: true },
  ];
}
