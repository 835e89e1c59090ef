import type { TFunction } from 'i18next';
import type { CharterPart } from '../organizations/organizationTypes';

/** The filing form's items (备案表), as `organization.<field>` paths in field errors and returns. */
export const organizationFields = [
  'name', 'category', 'jurisdictionCode', 'address', 'foundedOn', 'purpose', 'businessScope',
  'leaderName', 'leaderIdNumber', 'leaderPhone', 'leaderPartyMember', 'contactName', 'contactPhone', 'fundingSource',
] as const;

/** The wizard's steps, in order. */
export const wizardSteps = ['organization', 'charter', 'roster', 'confirm'] as const;
export type WizardStep = (typeof wizardSteps)[number];

/** A termination's members' meeting record, as `meeting.<field>` paths. */
export const meetingFields = ['heldOn', 'membersPresent', 'votesFor', 'votesAgainst', 'abstentions', 'reason', 'remainingAssets'] as const;

export type FieldOption = { path: string; label: string };
export type FieldGroups = { step: WizardStep | 'meeting'; title: string; fields: FieldOption[] }[];

/**
 * Everything a return for amendment may name, grouped by the wizard step that edits it: the
 * organization's items, each charter part, and the roster.
 */
function filingFieldGroups(t: TFunction, lang: string, partList: CharterPart[]): FieldGroups {
  return [
    {
      step: 'organization', title: t('filings.steps.organization'),
      fields: organizationFields.map((f) => ({ path: `organization.${f}`, label: t(`filings.fields.${f}`) })),
    },
    {
      step: 'charter', title: t('filings.steps.charter'),
      fields: partList.map((p) => ({ path: `charter.${p.key}`, label: lang === 'en' ? p.en : p.zh })),
    },
    { step: 'roster', title: t('filings.steps.roster'), fields: [{ path: 'roster', label: t('filings.steps.roster') }] },
  ];
}

/**
 * What a return may name for a case of this kind: a filing's every item; a change's the same but the
 * place (a change cannot move the organization); a termination's meeting record; a revocation nothing.
 */
export function caseFieldGroups(t: TFunction, lang: string, kind: string, partList: CharterPart[]): FieldGroups {
  if (kind === 'termination') {
    return [{ step: 'meeting', title: t('lifecycle.meetingRecord'), fields: meetingFields.map((f) => ({ path: `meeting.${f}`, label: t(`lifecycle.meeting.${f}`) })) }];
  }
  if (kind === 'revocation') return [];
  const groups = filingFieldGroups(t, lang, partList);
  if (kind !== 'change') return groups;
  return groups.map((g) => ({ ...g, fields: g.fields.filter((f) => f.path !== 'organization.jurisdictionCode') }));
}

/** path → label, for the timeline's "fields to fix" and the wizard's problem list. */
export function fieldLabelMap(groups: FieldGroups): Record<string, string> {
  return Object.fromEntries(groups.flatMap((g) => g.fields.map((f) => [f.path, f.label])));
}

/**
 * Which step a server field error belongs to. Starting a filing answers bare paths (`name`);
 * drafts and submission answer `organization.name`, `charter.purpose`, `roster`, `members.3.idNumber`.
 */
export function stepOfPath(path: string): WizardStep | null {
  const [head] = path.split('.');
  if (head === 'organization' || (organizationFields as readonly string[]).includes(head)) return 'organization';
  if (head === 'charter') return 'charter';
  if (head === 'roster' || head === 'members') return 'roster';
  return null;
}
