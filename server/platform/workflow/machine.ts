import type { Level, Role } from '../policy/roles';

/**
 * A case's state machine, declared as data (DESIGN §4): its states, and for each transition the
 * states it leaves from, the state it enters, who may take it (role, and the level of their node)
 * and what it needs (an opinion, attachments, the fields to fix for a return for amendment).
 */
export type TransitionRule<S extends string> = {
  action: string;
  from: readonly S[];
  to: S;
  roles: readonly Role[];
  /** Levels of the actor's node allowed to take it; any level when absent. */
  levels?: readonly Level[];
  opinion?: 'required' | 'optional';
  attachments?: 'required' | 'optional';
  /** A return for amendment (退回补正) must name the fields to fix. */
  fieldsToFix?: boolean;
  /** Taken only by the platform's scheduled jobs (e.g. a notice period ending), never by a person. */
  bySystem?: boolean;
  label: { zh: string; en: string };
};

export type WorkflowMachine<S extends string = string> = {
  caseType: string;
  states: readonly S[];
  initial: S;
  stateLabels: Record<S, { zh: string; en: string }>;
  transitions: readonly TransitionRule<S>[];
};

const machines = new Map<string, WorkflowMachine>();

/** The machine of a case type, for presenting its timeline. */
export function workflowOf(caseType: string): WorkflowMachine | undefined {
  return machines.get(caseType);
}

/** Checks a machine once, when its module loads: unknown states or two rules for one step are bugs. */
export function defineWorkflow<S extends string>(machine: WorkflowMachine<S>): WorkflowMachine<S> {
  const known = new Set<string>(machine.states);
  const seen = new Set<string>();
  for (const rule of machine.transitions) {
    for (const state of [...rule.from, rule.to]) {
      if (!known.has(state)) throw new Error(`${machine.caseType}.${rule.action}: unknown state ${state}`);
    }
    for (const from of rule.from) {
      const step = `${from}:${rule.action}`;
      if (seen.has(step)) throw new Error(`${machine.caseType}: two rules for ${step}`);
      seen.add(step);
    }
  }
  if (!known.has(machine.initial)) throw new Error(`${machine.caseType}: unknown initial state`);
  machines.set(machine.caseType, machine as unknown as WorkflowMachine);
  return machine;
}

export function findRule<S extends string>(machine: WorkflowMachine<S>, state: S, action: string): TransitionRule<S> | undefined {
  return machine.transitions.find((r) => r.action === action && r.from.includes(state));
}

export function actorMayTake(rule: TransitionRule<string>, actor: { role: Role; level: Level }): boolean {
  return !rule.bySystem && rule.roles.includes(actor.role) && (!rule.levels || rule.levels.includes(actor.level));
}

/** The actions this actor could take now, for the UI's buttons. */
export function availableActions<S extends string>(machine: WorkflowMachine<S>, state: S, actor: { role: Role; level: Level }) {
  return machine.transitions
    .filter((r) => r.from.includes(state) && actorMayTake(r, actor))
    .map((r) => ({ action: r.action, label: r.label, opinion: r.opinion, attachments: r.attachments, fieldsToFix: r.fieldsToFix ?? false }));
}
