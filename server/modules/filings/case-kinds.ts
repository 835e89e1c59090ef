import type { WorkflowMachine } from '../../platform/workflow/machine';
import type { CaseKind } from './filings.tables';
import { filingWorkflow } from './filing.workflow';
import { changeWorkflow } from './change.workflow';
import { terminationWorkflow } from './termination.workflow';
import { revocationWorkflow } from './revocation.workflow';

/** Each kind of organization case and its machine; the caseType of its timeline is the kind. */
export const caseWorkflows: Record<CaseKind, WorkflowMachine> = {
  filing: filingWorkflow as WorkflowMachine,
  change: changeWorkflow as WorkflowMachine,
  termination: terminationWorkflow as WorkflowMachine,
  revocation: revocationWorkflow as WorkflowMachine,
};

/** The step the platform takes when a case's public notice ends without an open objection. */
export const noticeEndAction: Record<CaseKind, string> = {
  filing: 'file', change: 'file', termination: 'terminate', revocation: 'revoke',
};

export const caseKindLabels: Record<CaseKind, { zh: string; en: string }> = {
  filing: { zh: '备案', en: 'Filing' },
  change: { zh: '变更备案', en: 'Change' },
  termination: { zh: '退出', en: 'Termination' },
  revocation: { zh: '撤销备案', en: 'Revocation' },
};

/** States in which a case is still open: a second open case of the same organization waits for it. */
export const closedStates = new Set(['filed', 'rejected', 'terminated', 'revoked', 'withdrawn']);
