import { Descriptions, Drawer, Empty, List, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { formatDate } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import type { Volunteer } from './volunteerTypes';
import { useVolunteerVocabulary } from './useVolunteerVocabulary';

/** One volunteer: the profile with masked numbers, the consent recorded, any sign-up restriction, and the teams. */
export function VolunteerDrawer({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useTranslation();
  const vocabulary = useVolunteerVocabulary();
  const query = useQuery({ queryKey: ['/api/volunteers', id], queryFn: () => api.get<Volunteer>(`/api/volunteers/${id}`) });
  const v = query.data;
  return (
    <Drawer open size={620} title={v?.name ?? t('volunteers.detail')} onClose={onClose} loading={query.isLoading}>
      {query.error && <Typography.Text type="danger">{query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)}</Typography.Text>}
      {v && (
        <>
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 20 }} data-testid="volunteer-profile">
            <Descriptions.Item label={t('volunteers.fields.gender')}>{t(`volunteers.genders.${v.gender}`)}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.fields.idNumber')}>{v.idNumberMasked}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.fields.phone')}>{v.phoneMasked}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.fields.place')}>{[v.streetName, v.communityName].filter(Boolean).join(' ')}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.fields.skills')}>{v.skills.map((s) => <Tag key={s}>{vocabulary.skillLabel(s)}</Tag>)}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.fields.interests')}>{v.interests.map((s) => <Tag key={s}>{vocabulary.interestLabel(s)}</Tag>)}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.fields.availability')}>{v.availability}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.fields.source')}>{t(`volunteers.sources.${v.source}`)}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.fields.consent')}>{t('volunteers.consentRecorded', { version: v.consentVersion, date: formatDate(v.consentedAt) })}</Descriptions.Item>
            {v.signupRestrictedUntil && (
              <Descriptions.Item label={t('volunteers.fields.restriction')}>
                <Tag color="red">{t('volunteers.restrictedUntil', { date: formatDate(v.signupRestrictedUntil) })}</Tag>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5}>{t('volunteers.fields.teams')}</Typography.Title>
          {v.teams.length === 0 ? <Empty description={t('volunteers.noTeams')} /> : (
            <List size="small" bordered dataSource={v.teams} renderItem={(team) => <List.Item key={team.id}>{team.name}<Typography.Text type="secondary">{team.placeName}</Typography.Text></List.Item>} />
          )}
        </>
      )}
    </Drawer>
  );
}
