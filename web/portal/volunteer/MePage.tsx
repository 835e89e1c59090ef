import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../common/api';
import { ApiProblem } from '../../common/problem';
import { formatDate } from '../../common/format';
import { LoadFailed, Loading, usePageTitle } from '../components/Status';
import { usePortalSession } from './portal-session';
import { fetchOwnVolunteer, ownVolunteerKey, useVolunteerVocabulary, type ManagedUnits, type OwnVolunteer } from './volunteer-api';
import { ChoiceGroup } from './ChoiceGroup';

/** Skills, interests and availability: the part of the profile a volunteer corrects themselves. */
function ProfileEditor({ volunteer, onDone }: { volunteer: OwnVolunteer; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const vocabulary = useVolunteerVocabulary();
  const [skills, setSkills] = useState(volunteer.skills);
  const [interests, setInterests] = useState(volunteer.interests);
  const [availability, setAvailability] = useState(volunteer.availability ?? '');
  const save = useMutation({
    mutationFn: () => api.patch<OwnVolunteer>('/api/volunteers/me', { skills, interests, availability: availability.trim() || null }),
    onSuccess: (next) => { queryClient.setQueryData(ownVolunteerKey, next); onDone(); },
  });
  const fieldError = (path: string) => (save.error instanceof ApiProblem ? save.error.fieldErrors.find((e) => e.path === path)?.message : undefined);
  return (
    <form className="volunteer-form" noValidate onSubmit={(e) => { e.preventDefault(); save.mutate(); }} aria-label={t('volunteers.me.edit')}>
      <ChoiceGroup name="skills" legend={t('volunteers.fields.skills')} entries={vocabulary.skills} value={skills} onChange={setSkills} error={fieldError('skills')} />
      <ChoiceGroup name="interests" legend={t('volunteers.fields.interests')} entries={vocabulary.interests} value={interests} onChange={setInterests} error={fieldError('interests')} />
      <div className="form-field">
        <label htmlFor="me-availability">{t('volunteers.fields.availability')}</label>
        <input id="me-availability" value={availability} maxLength={200} onChange={(e) => setAvailability(e.target.value)} />
        <p className={fieldError('availability') ? 'field-error' : 'field-help'}>{fieldError('availability') ?? t('volunteers.register.availabilityHint')}</p>
      </div>
      {save.error && !(save.error instanceof ApiProblem && save.error.fieldErrors.length) && (
        <p className="portal-alert" role="alert">{save.error instanceof ApiProblem ? save.error.problem.title : String(save.error)}</p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>{save.isPending ? t('volunteers.me.saving') : t('volunteers.me.save')}</button>
        <button type="button" className="button-secondary" onClick={onDone}>{t('volunteers.me.cancel')}</button>
      </div>
    </form>
  );
}

/** Joining or leaving a team answers the whole 我的 again. */
function useTeamAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ teamId, join }: { teamId: string; join: boolean }) =>
      (join ? api.post<OwnVolunteer>(`/api/volunteers/me/teams/${teamId}`) : api.send<OwnVolunteer>('DELETE', `/api/volunteers/me/teams/${teamId}`)),
    onSuccess: (next) => queryClient.setQueryData(ownVolunteerKey, next),
  });
}

/**
 * 我的: the volunteer's profile (numbers masked), skills and interests to correct, teams to join and
 * leave, any sign-up restriction, the units they run, the services other pages fill, and sign-out.
 */
export default function MePage() {
  const { t } = useTranslation();
  usePageTitle(t('volunteers.me.title'));
  const navigate = useNavigate();
  const { signOut } = usePortalSession();
  const vocabulary = useVolunteerVocabulary();
  const [editing, setEditing] = useState(false);
  const query = useQuery({ queryKey: ownVolunteerKey, queryFn: fetchOwnVolunteer });
  const managed = useQuery({ queryKey: ['portal', 'me', 'managed'], queryFn: () => api.get<ManagedUnits>('/api/volunteers/me/managed') });
  const team = useTeamAction();

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const unregistered = query.error instanceof ApiProblem && query.error.status === 404;
    return unregistered ? <p className="portal-alert" role="alert">{t('volunteers.me.notRegistered')}</p> : <LoadFailed error={query.error} onRetry={() => query.refetch()} />;
  }
  const v = query.data;
  const services = [
    { to: '/me/activities', label: t('volunteers.me.activities') },
    { to: '/me/records', label: t('volunteers.me.records') },
    { to: '/me/credit', label: t('volunteers.me.credit') },
    { to: '/me/time-bank', label: t('volunteers.me.timeBank') },
    { to: '/rewards', label: t('volunteers.me.rewards') },
  ];
  const units = [...(managed.data?.stations ?? []), ...(managed.data?.teams ?? [])];

  return (
    <div className="page volunteer-page">
      <h1>{t('volunteers.me.hello', { name: v.name })}</h1>
      {v.signupRestrictedUntil && (
        <p className="portal-alert" role="status" data-testid="signup-restriction">{t('volunteers.me.restricted', { date: formatDate(v.signupRestrictedUntil) })}</p>
      )}
      <nav className="card" aria-label={t('volunteers.me.services')}>
        <h2>{t('volunteers.me.services')}</h2>
        <ul className="me-links">
          {services.map((s) => <li key={s.to}><Link to={s.to}>{s.label}</Link></li>)}
        </ul>
      </nav>
      <section className="card" aria-labelledby="me-profile">
        <div className="card-title-row">
          <h2 id="me-profile">{t('volunteers.me.profile')}</h2>
          {!editing && <button type="button" className="button-secondary" onClick={() => setEditing(true)}>{t('volunteers.me.edit')}</button>}
        </div>
        <dl className="fields">
          <div className="field"><dt>{t('volunteers.fields.name')}</dt><dd>{v.name}</dd></div>
          <div className="field"><dt>{t('volunteers.fields.idNumber')}</dt><dd>{v.idNumberMasked}</dd></div>
          <div className="field"><dt>{t('volunteers.fields.phone')}</dt><dd>{v.phoneMasked}</dd></div>
          <div className="field"><dt>{t('volunteers.fields.place')}</dt><dd>{[v.streetName, v.communityName].filter(Boolean).join(' ')}</dd></div>
          {!editing && (
            <>
              <div className="field"><dt>{t('volunteers.fields.skills')}</dt><dd>{v.skills.map(vocabulary.skillLabel).join('、') || '—'}</dd></div>
              <div className="field"><dt>{t('volunteers.fields.interests')}</dt><dd>{v.interests.map(vocabulary.interestLabel).join('、') || '—'}</dd></div>
              <div className="field"><dt>{t('volunteers.fields.availability')}</dt><dd>{v.availability || '—'}</dd></div>
            </>
          )}
        </dl>
        {editing && <ProfileEditor volunteer={v} onDone={() => setEditing(false)} />}
      </section>
      <section className="card" aria-labelledby="me-teams">
        <h2 id="me-teams">{t('volunteers.me.myTeams')}</h2>
        {team.error && <p className="portal-alert" role="alert">{team.error instanceof ApiProblem ? team.error.problem.title : String(team.error)}</p>}
        {v.teams.length === 0 ? <p className="portal-muted">{t('volunteers.noTeams')}</p> : (
          <ul className="team-list">
            {v.teams.map((item) => (
              <li key={item.id}>
                <span><strong>{item.name}</strong><small>{item.placeName}</small></span>
                <button type="button" className="button-secondary" disabled={team.isPending} onClick={() => team.mutate({ teamId: item.id, join: false })}
                  aria-label={`${t('volunteers.me.leave')} ${item.name}`}>{t('volunteers.me.leave')}</button>
              </li>
            ))}
          </ul>
        )}
        <h3>{t('volunteers.me.openTeams')}</h3>
        {v.openTeams.length === 0 ? <p className="portal-muted">{t('volunteers.me.noOpenTeams')}</p> : (
          <ul className="team-list">
            {v.openTeams.map((item) => (
              <li key={item.id}>
                <span>
                  <strong>{item.name}</strong>
                  <small>{[item.placeName, item.organizationName ?? item.stationName, t('volunteers.me.memberCount', { count: item.memberCount })].filter(Boolean).join(' · ')}</small>
                </span>
                <button type="button" disabled={team.isPending} onClick={() => team.mutate({ teamId: item.id, join: true })}
                  aria-label={`${t('volunteers.me.join')} ${item.name}`}>{t('volunteers.me.join')}</button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {units.length > 0 && (
        <section className="card" aria-labelledby="me-managed">
          <h2 id="me-managed">{t('volunteers.me.managed')}</h2>
          <ul className="plain-list">
            {units.map((unit) => <li key={unit.id}><strong>{unit.name}</strong> <small className="portal-muted">{unit.placeName}</small></li>)}
          </ul>
        </section>
      )}
      <button type="button" className="button-secondary" onClick={async () => { await signOut(); navigate('/', { replace: true }); }}>
        {t('volunteers.me.signOut')}
      </button>
    </div>
  );
}
