import { useState } from 'react';
import { Alert, App, Button, Card, Form, Space, Steps } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../../../common/api';
import { ApiProblem } from '../../../../common/problem';
import { useSession } from '../../../session';
import { useProblem } from '../../../components/useProblem';
import { toBody, toDay } from '../../organizations/formValues';
import { caseFieldGroups, fieldLabelMap, wizardSteps, type WizardStep } from '../filingFields';
import { filingQueryKey, filingsKey, wizardKinds, type FilingDetail } from '../filingTypes';
import { noProblems, routeFieldErrors, type StepProblems } from './fieldErrors';
import { OrganizationStep } from './OrganizationStep';
import { CharterStep } from './CharterStep';
import { RosterStep } from './RosterStep';
import { emptyRow, type RosterRow } from './RosterEditor';
import { ConfirmStep } from './ConfirmStep';
import { ReturnedNotice } from './ReturnedNotice';

/**
 * /filings/new and /filings/:id/edit: loads the draft (a first filing, or a change's proposal), then
 * the wizard starts from what was saved. Terminations and revocations have no papers to fill in.
 */
export default function FilingWizardPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useQuery({
    queryKey: filingQueryKey(id ?? 'new'),
    queryFn: () => api.get<FilingDetail>(`/api/filings/${id}`),
    enabled: Boolean(id),
  });
  if (id && detail.error) {
    return <Card><Alert type="error" showIcon message={detail.error instanceof ApiProblem ? detail.error.problem.title : String(detail.error)} /></Card>;
  }
  if (id && !detail.data) return <Card loading />;
  if (detail.data && (detail.data.state !== 'draft' || !wizardKinds.includes(detail.data.kind))) {
    const why = wizardKinds.includes(detail.data.kind) ? 'filings.wizard.notEditable' : 'lifecycle.notWizardKind';
    return (
      <Card title={detail.data.organization.name}>
        <Alert type="info" showIcon message={t(why)} action={<Link to={`/filings/${detail.data.id}`}>{t('filings.wizard.openCase')}</Link>} />
      </Card>
    );
  }
  // A new key once the draft exists: the forms start again from the saved draft.
  return <FilingWizard key={id ?? 'new'} filing={detail.data} />;
}

function organizationValues(filing: FilingDetail | undefined, place: string | undefined) {
  if (!filing) return { jurisdictionCode: place, leaderPartyMember: false };
  const o = filing.organization;
  return {
    name: o.name, category: o.category, jurisdictionCode: o.jurisdictionCode, address: o.address ?? undefined, foundedOn: toDay(o.foundedOn),
    purpose: o.purpose ?? undefined, businessScope: o.businessScope ?? undefined, leaderName: o.leaderName ?? undefined,
    leaderPartyMember: o.leaderPartyMember, contactName: o.contactName ?? undefined, fundingSource: o.fundingSource ?? undefined,
  };
}

function FilingWizard({ filing }: { filing?: FilingDetail }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const [organizationForm] = Form.useForm();
  const [charterForm] = Form.useForm();
  const [rosterForm] = Form.useForm();
  const [problems, setProblems] = useState<StepProblems>(noProblems);
  const [editingRoster, setEditingRoster] = useState(false);
  const [busy, setBusy] = useState(false);

  const index = filing ? Math.min(Math.max(Number(search.get('step')) || 0, 0), wizardSteps.length - 1) : 0;
  const step = wizardSteps[index];
  const userPlace = session?.user.jurisdictionCode.length === 12 ? session.user.jurisdictionCode : undefined;
  // A change edits a proposal of the filed items; its place is fixed (a move is a new filing).
  const isChange = filing?.kind === 'change';
  const groups = caseFieldGroups(t, i18n.language, filing?.kind ?? 'filing', filing?.charter.partList ?? []);

  const refresh = () => queryClient.invalidateQueries({ queryKey: [filingsKey] });
  const clearProblems = (s: WizardStep) => setProblems((current) => ({ ...current, [s]: [] }));

  /** Field errors go next to their fields, on whichever step holds them; anything else is a message. */
  const showRefusal = (error: unknown) => {
    if (!(error instanceof ApiProblem) || !error.fieldErrors.some((e) => e.path)) return showProblem(error);
    const { byStep, forms } = routeFieldErrors(error.fieldErrors);
    organizationForm.setFields(forms.organization);
    charterForm.setFields(forms.charter);
    rosterForm.setFields(forms.roster);
    setProblems(byStep);
    message.error(error.problem.title);
  };

  const saveRoster = async (): Promise<boolean> => {
    let values: { members?: RosterRow[] };
    try {
      values = await rosterForm.validateFields() as { members?: RosterRow[] };
    } catch {
      return false;
    }
    const members = (values.members ?? []).map((m) => ({
      name: m.name!.trim(), idNumber: m.idNumber!.trim().toUpperCase(), phone: m.phone?.trim() || undefined,
      isLeader: Boolean(m.isLeader), partyMember: Boolean(m.partyMember),
    }));
    await api.put(`/api/filings/${filing!.id}/roster`, { members });
    setEditingRoster(false);
    rosterForm.setFieldsValue({ members: [emptyRow()] });
    return true;
  };

  /** Saves what the current step holds; false when something must be fixed first. */
  const save = async (current: WizardStep, then?: WizardStep): Promise<boolean> => {
    setBusy(true);
    try {
      if (current === 'organization') {
        let values: Record<string, unknown>;
        try {
          values = await organizationForm.validateFields();
        } catch {
          return false;
        }
        if (!filing) {
          const { filingId } = await api.post<{ filingId: string }>('/api/filings', toBody(values));
          await refresh();
          navigate(`/filings/${filingId}/edit?step=${wizardSteps.indexOf(then ?? 'organization')}`, { replace: true });
          message.success(t('filings.wizard.draftSaved'));
          return false;
        }
        const { jurisdictionCode: _place, ...changeable } = values;
        await api.put(`/api/filings/${filing.id}/draft`, { organization: toBody(isChange ? changeable : values) });
      } else if (current === 'charter') {
        await api.put(`/api/filings/${filing!.id}/draft`, { charter: charterForm.getFieldsValue() });
      } else if (current === 'roster' && editingRoster) {
        if (!(await saveRoster())) return false;
      }
      clearProblems(current);
      await refresh();
      return true;
    } catch (error) {
      showRefusal(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const goTo = async (target: WizardStep) => {
    if (target === step) return;
    if (!(await save(step, target))) return;
    setSearch({ step: String(wizardSteps.indexOf(target)) }, { replace: true });
  };

  const saveDraft = async () => {
    if (await save(step)) message.success(t('filings.wizard.draftSaved'));
  };

  const submit = async () => {
    setBusy(true);
    try {
      await api.post(`/api/filings/${filing!.id}/transitions`, { action: 'submit' });
      message.success(t('filings.wizard.submitted'));
      await refresh();
      navigate(`/filings/${filing!.id}`);
    } catch (error) {
      showRefusal(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={filing ? t(isChange ? 'lifecycle.changeTitle' : 'filings.wizard.editTitle', { name: filing.organization.name }) : t('filings.wizard.newTitle')}
      data-testid="filing-wizard"
    >
      {filing && <ReturnedNotice caseType={filing.kind} filingId={filing.id} labels={fieldLabelMap(groups)} onGoTo={goTo} />}
      <Steps
        current={index}
        style={{ marginBottom: 24 }}
        onChange={filing ? (i) => goTo(wizardSteps[i]) : undefined}
        items={wizardSteps.map((s) => ({ title: t(`filings.steps.${s}`), status: problems[s].length ? 'error' : undefined, disabled: !filing && s !== 'organization' }))}
      />
      <div hidden={step !== 'organization'} data-testid="step-organization">
        <OrganizationStep form={organizationForm} saved={filing?.organization} placeFixed={isChange} initialValues={organizationValues(filing, userPlace)} />
      </div>
      {filing && (
        <>
          <div hidden={step !== 'charter'} data-testid="step-charter">
            <CharterStep form={charterForm} partList={filing.charter.partList} initialValues={filing.charter.parts} />
          </div>
          <div hidden={step !== 'roster'} data-testid="step-roster">
            <RosterStep
              filingId={filing.id} roster={filing.roster} minMembers={filing.minMembers} problems={problems.roster}
              editorForm={rosterForm} editing={editingRoster} onEditing={setEditingRoster}
              onSaveEditor={() => save('roster').then((ok) => ok && message.success(t('roster.rosterSaved')))}
              onChanged={() => { clearProblems('roster'); void refresh(); }}
            />
          </div>
          {step === 'confirm' && <ConfirmStep filing={filing} problems={problems} submitting={busy} onGoTo={goTo} onSubmit={submit} />}
        </>
      )}
      <Space style={{ marginTop: 24 }}>
        {index > 0 && <Button onClick={() => goTo(wizardSteps[index - 1])} disabled={busy}>{t('filings.wizard.previous')}</Button>}
        {step !== 'confirm' && <Button onClick={saveDraft} loading={busy} data-testid="save-draft">{t('filings.wizard.saveDraft')}</Button>}
        {index < wizardSteps.length - 1 && (
          <Button type="primary" onClick={() => goTo(wizardSteps[index + 1])} loading={busy} data-testid="next-step">{t('filings.wizard.next')}</Button>
        )}
      </Space>
    </Card>
  );
}
