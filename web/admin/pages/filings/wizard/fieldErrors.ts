import { stepOfPath, type WizardStep } from '../filingFields';

export type FieldProblem = { path: string; message: string };
export type FormFieldError = { name: (string | number)[]; errors: string[] };
export type StepProblems = Record<WizardStep, FieldProblem[]>;
type FormStep = Exclude<WizardStep, 'confirm'>;

export const noProblems = (): StepProblems => ({ organization: [], charter: [], roster: [], confirm: [] });

/** The field a server path names inside its step's form: `organization.address` → address, `members.3.idNumber` → members/3/idNumber. */
function formFieldName(step: FormStep, path: string): (string | number)[] | null {
  const parts = path.split('.');
  if (step === 'organization') return [parts[0] === 'organization' ? parts[1] : parts[0]];
  if (step === 'charter') return parts[1] ? [parts[1]] : null;
  if (parts[0] === 'members' && parts.length === 3) return ['members', Number(parts[1]), parts[2]];
  return null;
}

/**
 * Sorts a refused save's or submission's field errors by wizard step, and into each step form's
 * fields, so the founder sees every problem next to its field and which steps hold problems.
 * Paths no step owns (e.g. `opinion`) stay on the confirm step's list.
 */
export function routeFieldErrors(errors: FieldProblem[]): { byStep: StepProblems; forms: Record<FormStep, FormFieldError[]> } {
  const byStep = noProblems();
  const grouped: Record<FormStep, Map<string, FormFieldError>> = { organization: new Map(), charter: new Map(), roster: new Map() };
  for (const error of errors) {
    const step = stepOfPath(error.path) ?? 'confirm';
    byStep[step].push(error);
    if (step === 'confirm') continue;
    const name = formFieldName(step, error.path);
    if (!name) continue;
    const key = name.join('.');
    const field = grouped[step].get(key) ?? { name, errors: [] };
    field.errors.push(error.message);
    grouped[step].set(key, field);
  }
  return {
    byStep,
    forms: { organization: [...grouped.organization.values()], charter: [...grouped.charter.values()], roster: [...grouped.roster.values()] },
  };
}
