import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, listUrl, type ListResult } from '../../../common/api';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { filingsKey, type FilingListItem } from '../filings/filingTypes';
import type { OrganizationView } from './organizationTypes';
import { TerminationModal } from './TerminationModal';
import { RevocationModal } from './RevocationModal';

/**
 * Whether this user acts for the organization. Staff act on anything in their subtree; a leader (`org`)
 * only for the organization they belong to or founded. The session names the first; for the second,
 * the case list answers a leader with exactly their own organizations' cases.
 */
function useActsFor(organization: OrganizationView): boolean {
  const { session } = useSession();
  const leader = session?.user.role === 'org';
  const member = session?.user.organizationId === organization.id;
  const founded = useQuery({
    queryKey: [filingsKey, 'own', organization.id],
    queryFn: () => api.get<ListResult<FilingListItem>>(listUrl(filingsKey, { q: organization.name, pageSize: 100 })),
    enabled: leader && !member && organization.status === 'active',
    select: (list) => list.items.some((c) => c.organizationId === organization.id),
  });
  return !leader || member || founded.data === true;
}

/**
 * What may be started on an active filed organization: a change or a termination (its leader, or the
 * committee for it), a revocation (the street); on a community-guided group, its filing (转为备案). The server keeps one open case per organization: a
 * second start answers 409 with its reason, shown as it comes.
 */
export function OrganizationActions({ organization }: { organization: OrganizationView }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const actsFor = useActsFor(organization);
  const { message } = App.useApp();
  const showProblem = useProblem();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<'termination' | 'revocation' | null>(null);
  const [starting, setStarting] = useState(false);
  const guided = organization.orgClass === 'guided';
  if (organization.status !== 'active' || !(organization.orgClass === 'filed' || guided)) return null;
  const mayCreate = can('filing.create') && actsFor;
  const mayRevoke = can('filing.revoke') && !guided;
  if (!mayCreate && !mayRevoke) return null;

  const started = async (filingId: string, path: string) => {
    setOpen(null);
    await Promise.all([queryClient.invalidateQueries({ queryKey: ['organization', organization.id] }), queryClient.invalidateQueries({ queryKey: [filingsKey] })]);
    navigate(path.replace(':id', filingId));
  };

  /** A change of a filed organization, or a guided group's filing: both continue in the wizard. */
  const startInWizard = async (kind: 'changes' | 'filings') => {
    setStarting(true);
    try {
      const { filingId } = await api.post<{ filingId: string }>(`/api/organizations/${organization.id}/${kind}`);
      message.success(t(kind === 'changes' ? 'lifecycle.changeStarted' : 'lifecycle.guidedFilingStarted'));
      await started(filingId, '/filings/:id/edit');
    } catch (error) {
      showProblem(error);
    } finally {
      setStarting(false);
    }
  };

  return (
    <Space wrap>
      {mayCreate && guided && <Button type="primary" loading={starting} onClick={() => startInWizard('filings')} data-testid="start-guided-filing">{t('lifecycle.startGuidedFiling')}</Button>}
      {mayCreate && !guided && <Button type="primary" loading={starting} onClick={() => startInWizard('changes')} data-testid="start-change">{t('lifecycle.startChange')}</Button>}
      {mayCreate && !guided && <Button onClick={() => setOpen('termination')} data-testid="start-termination">{t('lifecycle.terminate')}</Button>}
      {mayRevoke && <Button danger onClick={() => setOpen('revocation')} data-testid="start-revocation">{t('lifecycle.revoke')}</Button>}
      {open === 'termination' && (
        <TerminationModal
          organizationId={organization.id}
          memberCount={organization.memberCount}
          onClose={() => setOpen(null)}
          onStarted={(id) => started(id, '/filings/:id')}
        />
      )}
      {open === 'revocation' && (
        <RevocationModal organizationId={organization.id} onClose={() => setOpen(null)} onStarted={(id) => started(id, '/filings/:id')} />
      )}
    </Space>
  );
}
