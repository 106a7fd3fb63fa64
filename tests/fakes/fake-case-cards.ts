import type { CaseCards } from '../../dialogs/services.ts';

/** Records which cases' channel cards the dialogs asked to redraw (and which conversation not). */
export class FakeCaseCards implements CaseCards {
  readonly refreshed: { caseId: string; exceptConversationId: string | null }[] = [];

  async refresh(
    caseId: string,
    options: { readonly exceptConversationId?: string } = {},
  ): Promise<void> {
    this.refreshed.push({ caseId, exceptConversationId: options.exceptConversationId ?? null });
  }

  /** The case ids, in the order they were asked for. */
  caseIds(): string[] {
    return this.refreshed.map((r) => r.caseId);
  }
}
