import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePortalSession } from './portal-session';

/** The header's way in for volunteers: 志愿者登录 when signed out, 我的 when a volunteer is signed in. */
export function VolunteerLink() {
  const { t } = useTranslation();
  const { session } = usePortalSession();
  const volunteer = session?.user.role === 'volunteer';
  return <Link to={volunteer ? '/me' : '/sign-in'} data-testid="volunteer-link">{volunteer ? t('volunteers.header.me') : t('volunteers.header.signIn')}</Link>;
}
