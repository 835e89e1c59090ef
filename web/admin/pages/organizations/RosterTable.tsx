import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RosterMemberView } from './organizationTypes';

/** 成员花名册 as staff see it: ID and phone numbers masked. */
export function RosterTable({ members }: { members: RosterMemberView[] }) {
  const { t } = useTranslation();
  return (
    <Table<RosterMemberView>
      rowKey="id"
      size="small"
      data-testid="roster-table"
      dataSource={members}
      pagination={members.length > 20 ? { pageSize: 20 } : false}
      columns={[
        { title: t('roster.name'), dataIndex: 'name' },
        { title: t('roster.gender'), dataIndex: 'gender', render: (g: string) => t(`roster.genders.${g}`) },
        { title: t('roster.birthDate'), dataIndex: 'birthDate' },
        { title: t('roster.idNumber'), dataIndex: 'idNumberMasked' },
        { title: t('roster.phone'), dataIndex: 'phoneMasked' },
        {
          title: t('roster.roles'),
          render: (_, m) => (
            <>
              {m.isLeader && <Tag color="red">{t('roster.isLeader')}</Tag>}
              {m.partyMember && <Tag color="volcano">{t('roster.partyMember')}</Tag>}
            </>
          ),
        },
      ]}
    />
  );
}
