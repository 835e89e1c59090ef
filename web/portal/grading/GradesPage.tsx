import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListResult } from '../../common/api';
import { formatDate } from '../../common/format';
import { LoadMore, useMorePages } from '../components/MorePages';
import { ObjectionForm } from '../components/ObjectionForm';
import { Badge, LoadFailed, Loading, usePageTitle } from '../components/Status';
import { useCategories } from '../portal-api';

type GradeNotice = { id: string; organizationName: string; category: string; place: string; proposedGrade: string; totalScore: number; noticeEndsOn: string };
type GradedOrganization = { id: string; organizationId: string; organizationName: string; category: string; place: string; grade: string; validUntil: string };

const pageSize = 20;

function NoticeCard({ notice, categoryLabel }: { notice: GradeNotice; categoryLabel: string }) {
  const { t } = useTranslation();
  const [objecting, setObjecting] = useState(false);
  return (
    <li className="card notice-card" data-testid="grade-notice">
      <h3>{notice.organizationName}</h3>
      <p className="badges">
        <Badge tone="warn">{t('grading.portal.endsOn', { date: formatDate(notice.noticeEndsOn) })}</Badge>
        <Badge tone="good">{t('grading.portal.proposed', { grade: t(`grading.grades.${notice.proposedGrade}`) })}</Badge>
        <Badge>{t('grading.portal.score', { score: notice.totalScore })}</Badge>
        <Badge>{categoryLabel}</Badge>
      </p>
      <p className="portal-muted">{notice.place}</p>
      {objecting
        ? <ObjectionForm noticeId={notice.id} url={`/api/public/grade-notices/${notice.id}/objections`} organizationName={notice.organizationName} onCancel={() => setObjecting(false)} />
        : <button type="button" className="button-secondary" onClick={() => setObjecting(true)}>{t('grading.portal.object')}</button>}
    </li>
  );
}

/** 等级评估: grades on public notice (with the objection form) and the organizations holding a grade. */
export default function GradesPage() {
  const { t } = useTranslation();
  usePageTitle(t('grading.portal.title'));
  const categories = useCategories();
  const notices = useMorePages<ListResult<GradeNotice>>(['public', 'grade-notices'], '/api/public/grade-notices', { pageSize });
  const graded = useMorePages<ListResult<GradedOrganization>>(['public', 'graded'], '/api/public/graded-organizations', { pageSize });
  const noticeItems = notices.data?.pages.flatMap((p) => p.items) ?? [];
  const gradedItems = graded.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="page">
      <h1>{t('grading.portal.title')}</h1>
      <h2>{t('grading.portal.notices')}</h2>
      <p className="portal-muted">{t('grading.portal.noticeIntro')}</p>
      {notices.isPending ? <Loading /> : notices.isError ? <LoadFailed error={notices.error} onRetry={() => notices.refetch()} /> : (
        <>
          {!noticeItems.length && <p className="result-count">{t('grading.portal.emptyNotices')}</p>}
          <ul className="cards cards-single">{noticeItems.map((n) => <NoticeCard key={n.id} notice={n} categoryLabel={categories.label(n.category)} />)}</ul>
          <LoadMore list={notices} />
        </>
      )}
      <h2>{t('grading.portal.graded')}</h2>
      {graded.isPending ? <Loading /> : graded.isError ? <LoadFailed error={graded.error} onRetry={() => graded.refetch()} /> : (
        <>
          {!gradedItems.length && <p className="result-count">{t('grading.portal.emptyGraded')}</p>}
          <ul className="cards cards-single">
            {gradedItems.map((g) => (
              <li className="card" key={g.id} data-testid="graded-organization">
                <h3><a href={`/organizations/${g.organizationId}`}>{g.organizationName}</a></h3>
                <p className="badges">
                  <Badge tone="good">{t(`grading.grades.${g.grade}`)}</Badge>
                  <Badge>{t('grading.portal.validUntil', { date: formatDate(g.validUntil) })}</Badge>
                  <Badge>{categories.label(g.category)}</Badge>
                </p>
                <p className="portal-muted">{g.place}</p>
              </li>
            ))}
          </ul>
          <LoadMore list={graded} />
        </>
      )}
    </div>
  );
}
