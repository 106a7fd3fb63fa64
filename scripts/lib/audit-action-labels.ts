import type { AuditAction } from '../../src/domain/audit/audit-event.ts';

/**
 * Audit actions in words a resident understands (`npm run audit:resident`, `npm run innsyn`).
 * Every AuditAction has a label (the compiler checks); an older stored name is shown by its code.
 */
const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'person.lookup': 'slo opp personen',
  'case.lookup': 'slo opp hvem som eier saken',
  'case.open': 'åpnet saken',
  'case.readDetails': 'så detaljene i saken',
  'case.listMine': 'så saken i «mine saker»',
  'case.timeline': 'så oppfølgingsplanen for saken',
  'resident.listed': 'fikk personen i en navnesøk-liste',
  'concern.register': 'meldte bekymring',
  'case.take': 'tok saken som saksansvarlig',
  'case.handOver': 'overførte saken',
  'case.changeClassification': 'endret nivå eller kategori',
  'case.markArrearsPaid': 'registrerte at restansen er betalt',
  'case.close': 'avsluttet saken',
  'case.grantAccess': 'ga en enhet tilgang til saken',
  'case.endAccess': 'avsluttet en enhets tilgang til saken',
  'case.breakGlass': 'brukte nødtilgang til saken (fare for liv eller helse)',
  'case.consent': 'registrerte eller endret samtykke',
  'consent.record': 'registrerte samtykke',
  'consent.withdraw': 'registrerte at samtykke er trukket tilbake',
  'consent.read': 'så samtykkene i saken',
  'plan.create': 'opprettet målplan',
  'plan.read': 'så målplanen',
  'plan.readOwnMeasures': 'så sine egne tiltak i målplanen',
  'plan.change': 'endret målplanen',
  'plan.changeOwnMeasures': 'endret sine egne tiltak i målplanen',
  'reminder.list': 'så påminnelsene i saken',
  'reminder.view': 'så en påminnelse i saken',
  'reminder.act': 'handlet på en påminnelse i saken',
  'reminder.done': 'merket en påminnelse som utført',
  'reminder.snooze': 'utsatte en påminnelse',
  'reminder.handOver': 'overførte en påminnelse',
  'audit.residentReport': 'tok ut innsynsrapport (hvem har sett opplysningene)',
  'audit.residentExport': 'tok ut kopi av alle opplysninger (innsyn)',
  'case.lookupOwner': 'slo opp hvem som eier saken',
  'concern.readText.unclarified': 'leste en bekymringsmelding (delingsgrunnlaget ikke avklart)',
  'concern.readText.consent': 'leste en bekymringsmelding (etter samtykke)',
  'concern.readText.legalBasis': 'leste en bekymringsmelding (etter lovhjemmel)',
  'lookup.throttled': 'ble stoppet etter for mange personsøk',
  'channel.link': 'koblet en Teams-kanal til en enhet',
  'routing.set': 'endret hvilken enhet som får bekymringsmeldinger',
  'org.import': 'importerte enheter og ansatte',
  'staff.moved': 'flyttet en ansatt til en annen enhet',
  'staff.deactivated': 'deaktiverte en ansatt som har sluttet',
  'retention.run': 'slettet opplysninger etter lagringstiden',
  'audit.review': 'gikk gjennom tilgangsloggen (tilgangskontroll)',
  'tenant.refused': 'ble avvist (ukjent organisasjon)',
  'channel.refused': 'ble avvist (ukjent kanal)',
  'actor.deactivated': 'ble avvist (har sluttet i kommunen)',
  'actor.unregistered': 'ble avvist (ikke registrert som ansatt)',
};

/** A stored action (possibly one an older version wrote) in words, or its code. */
export const auditActionLabel = (action: string): string =>
  Object.entries(AUDIT_ACTION_LABELS).find(([code]) => code === action)?.[1] ?? action;
