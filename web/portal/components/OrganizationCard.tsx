import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DirectoryItem } from '../portal-api';
import { Badge, statusTone } from './Status';

/** A directory result: name, class, category, place, status and certificate, one tap to its page. */
export function OrganizationCard({ item, categoryLabel }: { item: DirectoryItem; categoryLabel: string }) {
  const { t } = useTranslation();
  const place = [item.streetName, item.communityName].filter(Boolean).join(' · ');
  return (
    <li className="card org-card">
      <Link to={`/organizations/${item.id}`}>
        <h3>{item.name}</h3>
        <p className="badges">
          <Badge tone={statusTone(item.status)}>{t(`portal.orgStatus.${item.status}`)}</Badge>
          <Badge>{t(`portal.orgClass.${item.orgClass}`)}</Badge>
          <Badge>{categoryLabel}</Badge>
        </p>
        {place && <p className="portal-muted">{place}</p>}
        {item.certificateNumber && (
          <p className="portal-muted">
            {t('portal.dir.certificate', { number: item.certificateNumber })}
            {item.certificateStatus && <> · {t(`portal.certificateStatus.${item.certificateStatus}`)}</>}
          </p>
        )}
      </Link>
    </li>
  );
}
