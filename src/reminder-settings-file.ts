import { z } from 'zod';
import {
  CHECKPOINTS,
  DEFAULT_REMINDER_SETTINGS,
  type CheckpointId,
  type ReminderSettings,
} from './domain/reminder/checkpoints.ts';

/**
 * A municipality's own reminder practice, from a JSON file (HUSLY_REMINDER_SETTINGS). Only
 * practice offsets can be changed; legal deadlines are fixed by law and refused here. Anything
 * left out keeps the domain brief's default. Problems are listed in Norwegian, all at once.
 */
const PRACTICE_IDS = CHECKPOINTS.filter((c) => c.basis === 'practice').map((c) => c.id);
/** Legal deadlines, and the info checkpoints that say what the law allows from a day. */
const LAW_IDS = CHECKPOINTS.filter((c) => c.basis !== 'practice').map((c) => c.id);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const checkpointKey = z.string().superRefine((id, ctx) => {
  if (LAW_IDS.includes(id as CheckpointId))
    ctx.addIssue({ code: 'custom', message: 'er en lovfestet frist og kan ikke endres' });
  else if (!PRACTICE_IDS.includes(id as CheckpointId))
    ctx.addIssue({
      code: 'custom',
      message: `er et ukjent kontrollpunkt (praksis: ${PRACTICE_IDS.join(', ')})`,
    });
});

const schema = z.strictObject(
  {
    practiceOffsets: z
      .record(
        checkpointKey,
        z
          // In the checkpoint's own unit: days, working days (P5, R-2) or months (D1M).
          .number({ message: 'må være et helt tall' })
          .int('må være et helt tall')
          .min(-120, 'minst -120')
          .max(120, 'høyst 120'),
      )
      .optional(),
    quietHours: z
      .object({
        start: z.string().regex(TIME, 'må være TT:MM'),
        end: z.string().regex(TIME, 'må være TT:MM'),
      })
      .refine((q) => q.start < q.end, { message: 'start må være før slutt' })
      .optional(),
    measureLeadWorkingDays: z.number().int().min(0).max(20, 'høyst 20').optional(),
    evaluationLeadDays: z.number().int().min(0).max(60, 'høyst 60').optional(),
    escalateToLeaderAfterWorkingDays: z.number().int().min(1).max(30, 'høyst 30').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `ukjent innstilling: ${issue.keys.join(', ')}`
        : undefined,
  },
);

export function parseReminderSettings(
  text: string,
): { ok: true; settings: ReminderSettings } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['er ikke gyldig JSON'] };
  }
  const parsed = schema.safeParse(json);
  // A bad record key comes wrapped ("Invalid key in record"): show the reason inside it.
  const message = (i: z.core.$ZodIssue) =>
    i.code === 'invalid_key' && i.issues.length
      ? i.issues.map((inner) => inner.message).join('; ')
      : i.message;
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(fil)'}: ${message(i)}`),
    };
  const s = parsed.data;
  return {
    ok: true,
    settings: {
      practiceOffsets: s.practiceOffsets ?? {},
      quietHours: s.quietHours ?? DEFAULT_REMINDER_SETTINGS.quietHours,
      measureLeadWorkingDays:
        s.measureLeadWorkingDays ?? DEFAULT_REMINDER_SETTINGS.measureLeadWorkingDays,
      evaluationLeadDays: s.evaluationLeadDays ?? DEFAULT_REMINDER_SETTINGS.evaluationLeadDays,
      escalateToLeaderAfterWorkingDays:
        s.escalateToLeaderAfterWorkingDays ??
        DEFAULT_REMINDER_SETTINGS.escalateToLeaderAfterWorkingDays,
    },
  };
}
