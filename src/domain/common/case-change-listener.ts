/**
 * Told after a change to a case's dates, plan or status has been committed — the reminder
 * planner listens, so follow-ups always match the case. Failures are the listener's problem:
 * the change itself is already stored.
 */
export interface CaseChangeListener {
  caseChanged(caseId: string): Promise<void>;
}

export const noCaseChangeListener: CaseChangeListener = { caseChanged: async () => {} };
