import type { Reach, Told } from '../../src/domain/notify/notifier.ts';
import type { Texts } from './nb.ts';

/** "A", "A and B", "A, B and C". */
const listed = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const RETRYING = 'cannot be reached right now – Husly will try again.';

/** After a proposal or question to a unit: nothing when it arrived, else what happens now. */
const notYetReached = (unit: string, reached: Reach) =>
  reached === 'reached'
    ? ''
    : reached === 'retrying'
      ? ` ${unit} ${RETRYING}`
      : ` The notice did not reach ${unit} (channel not linked or Husly not installed); ` +
        'you may want to contact them directly.';

/**
 * Who a set of notices reached, who Husly tries again, and who could not be told: e.g.
 * "The Tildelingsteam channel has been notified. Kari Nilsen cannot be reached right now – Husly
 * will try again."
 */
const notified = (told: readonly Told[]) => {
  const names = (reach: Told['reach']) =>
    told
      .filter((t) => t.reach === reach)
      .map((t) => (t.kind === 'unit' ? `the ${t.name} channel` : t.name));
  const [reached, retrying, unreached] = [names('reached'), names('retrying'), names('unreached')];
  return [
    reached.length
      ? `${capitalised(listed(reached))} ${reached.length === 1 ? 'has' : 'have'} been notified.`
      : null,
    retrying.length ? `${capitalised(listed(retrying))} ${RETRYING}` : null,
    unreached.length
      ? `${capitalised(listed(unreached))} did not get the notice (channel not linked or Husly ` +
        'not installed).'
      : null,
  ]
    .filter((line) => line !== null)
    .join(' ');
};

/** "1 case" / "3 cases", with "One case" for one at the start of a sentence. */
const cases = (n: number) => (n === 1 ? 'One case' : `${n} cases`);

/**
 * All user-facing text, in British English, for municipal staff whose Teams is set to English.
 * Norwegian institutional terms and law names are kept in brackets where staff need them.
 */
export const en: Texts = {
  locale: 'en-GB',
  appName: 'Husly',
  help: {
    title: 'This is what Husly can help you with',
    greeting: (firstName: string) => `Hi, ${firstName}!`,
    intro:
      'Husly brings social housing work across units together, so that nobody falls through ' +
      'the cracks when someone is at risk of losing their home.',
    commandsHeading: 'Commands',
    adminHeading: 'For administrators',
    channelNote:
      'In a channel, Husly only answers when you mention @Husly, and only shows who owns a ' +
      'case. Everything else you get in personal chat.',
    buttons: { newConcern: 'Report a concern', lookup: 'Who owns the case?', myCases: 'My cases' },
    commands: {
      newConcern: {
        title: 'new concern',
        description:
          'Report a concern (bekymring) for a person who is at risk of losing their home.',
      },
      arrearsReport: {
        title: 'report arrears',
        description:
          'For debt collection (innfordring) and housing: report unpaid rent straight away, ' +
          'before it becomes a notice of eviction. Takes less than a minute.',
      },
      whoOwns: {
        title: 'who owns 2026-0004',
        description:
          'Who owns the case? ' +
          'Also works with a national identity number (fødselsnummer) or full name ' +
          '(in personal chat).',
      },
      whoOwnsInChannel: {
        title: 'who owns 2026-0004',
        description:
          'Which unit owns the case, and who should you contact? With the case number. ' +
          'You get more about the case in personal chat with Husly.',
      },
      access: {
        title: 'give access 2026-0004',
        description:
          'Give a unit access to the case (a need in their work, tjenstlig behov). ' +
          '«consent 2026-0004» records the person’s consent (samtykke).',
      },
      breakGlass: {
        title: 'emergency access 2026-0004',
        description:
          'Only when there is a danger to life or health: read a case you have no access to, ' +
          'for 24 hours. The justification is logged, and the managers of the unit that owns ' +
          'the case are notified.',
      },
      accessReview: {
        title: 'access review',
        description:
          'For managers: lookups and emergency access in the unit over the last 30 days.',
      },
      worklist: {
        title: 'worklist',
        description:
          'Your cases that need a decision this week, sorted by legal deadline: the list for the ' +
          'housing meeting.',
      },
      overview: {
        title: 'overview',
        description:
          'For coordinators, managers and administrators: open cases, movement between levels, ' +
          'evictions prevented and more, with charts. For one unit and period: ' +
          '«overview nav-bolig 2026-01-01 2026-06-30».',
      },
      myCases: {
        title: 'my cases',
        description: 'Open cases you are the case lead for or that your unit owns.',
      },
      handOver: {
        title: 'hand over 2026-0004',
        description:
          'Propose handing a case over to another unit (they must accept), or choose a new ' +
          'case lead (saksansvarlig) in your own unit.',
      },
      reminders: {
        title: 'reminders',
        description:
          'Upcoming reminders for your cases; «reminders 2026-0004» shows ' +
          'the follow-up plan for a case.',
      },
      resolve: {
        title: 'arrears paid 2026-0004',
        description:
          'Stops the reminders about the rent arrears (restanse). «close case 2026-0004» ' +
          'closes the case and stops all reminders.',
      },
      recordEvent: {
        title: 'record event 2026-0004',
        description:
          'Record what has been done or decided: application for financial assistance ' +
          '(økonomisk stønad), repayment agreement, petition withdrawn, new eviction date and ' +
          'more. The reminders are adjusted.',
      },
      classify: {
        title: 'change level 2026-0004',
        description:
          'Change the level (nivå: the person’s need for follow-up) or the category of the case.',
      },
      startPlan: {
        title: 'start goal plan 2026-0004',
        description:
          'Create a goal plan (målplan) with goals, measures, responsibilities, deadlines and ' +
          'evaluation. «goal plan 2026-0004» shows it.',
      },
      take: {
        title: 'take case 2026-0006',
        description:
          'Become case lead (saksansvarlig) for a case your unit owns, when nobody has taken it ' +
          'yet.',
      },
      takeInChannel: {
        title: 'take case 2026-0006',
        description:
          'Become case lead (saksansvarlig) for a case your unit owns, when nobody has taken it ' +
          'yet. Everyone in the channel sees who took it.',
      },
      help: { title: 'help', description: 'Shows this overview.' },
      cancel: { title: 'cancel', description: 'Cancels what you are doing.' },
      routing: {
        title: 'routing',
        description:
          'Show or change which unit gets new cases, e.g. ' +
          '«routing husleierestanse nav-bolig».',
      },
      linkChannel: {
        title: 'link channel',
        description:
          'Type «@Husly link channel [unit]» in the channel where the unit is to be reached, ' +
          'for example «link channel nav-bolig».',
      },
    },
  },
  notRegistered: (admins: readonly { name: string; email: string }[]) =>
    admins.length > 0
      ? `You are not registered as a Husly user. Contact the Husly administrator: ${admins
          .map((a) => `${a.name} (${a.email})`)
          .join(', ')}.`
      : 'You are not registered as a Husly user. ' +
        'Contact the municipality’s IT department to get access.',
  unknownCommand: 'I did not understand that. Type «help» to see what Husly can do.',
  understanding: {
    chosen: (task: string) => `Chosen: ${task}`,
    tooLong: 'That was a long message. Write briefly what you want to do, for example «my cases».',
    notUnderstood:
      'I did not quite understand that. Feel free to put it another way, or choose a task here:',
    didYouMean: 'Did you mean …?',
    noneOfThese: 'None of these – show everything Husly can do',
    suggestion: (task: string, argument: string) => (argument ? `${task}: ${argument}` : task),
    greeting: (firstName: string | null) =>
      `Hi${firstName ? `, ${firstName}` : ''}! Type what you need, for example «my cases», ` +
      '«who owns 2026-0004» or «I want to report a concern». «help» shows everything Husly ' +
      'can do.',
    thanks: 'You’re welcome! Just type when you need anything else.',
  },
  tasks: {
    labels: {
      help: 'Help',
      cancel: 'Cancel',
      linkChannel: 'Link channel',
      newConcern: 'Report a concern',
      arrearsReport: 'Report arrears',
      whoOwns: 'Who owns the case?',
      handOver: 'Hand over case',
      take: 'Take case',
      myCases: 'My cases',
      startPlan: 'Start goal plan',
      showPlan: 'Show goal plan',
      classify: 'Change level',
      routing: 'Routing',
      reminders: 'Reminders',
      arrearsPaid: 'Arrears paid',
      closeCase: 'Close case',
      recordEvent: 'Record event',
      grantAccess: 'Give access',
      consent: 'Consent',
      breakGlass: 'Emergency access',
      accessReview: 'Access review',
      worklist: 'Worklist',
      overview: 'Overview',
      report: 'Report',
      worklistSchedule: 'Weekly worklist',
    },
    askCase: {
      title: (task: string) => `${task}: which case is it about?`,
      label: 'Case number',
      placeholder: 'For example 2026-0004',
    },
    askPerson: {
      title: (task: string) => `${task}: who is it about?`,
      label: 'Case number, national identity number (fødselsnummer) or full name',
      placeholder: 'For example 2026-0004',
    },
    go: 'Continue',
    missing: 'Type the case number (for example 2026-0004), and Husly will continue.',
  },
  cardInvalid:
    'Husly could not read what the card sent, so nothing has been changed. ' +
    'Start again with the command (type «help» to see them).',
  labels: {
    categories: {
      'uten-egen-bolig': 'Without a home of their own',
      'fare-for-a-miste-bolig': 'At risk of losing their home',
      'uegnet-bolig': 'Living in unsuitable housing or a difficult living environment',
    },
    subcategories: {
      'uten-tak-over-hodet': 'without a roof over their head tonight',
      'akutt-midlertidig': 'in emergency or temporary accommodation',
      'institusjon-uten-bolig':
        'leaving prison or an institution within two months, with no home to go to',
      'hos-venner-familie': 'staying temporarily with friends or family',
      asylmottak: 'in an asylum reception centre, not settled within the target time',
      'utkastelse-tvangssalg': 'a petition for eviction or forced sale has been filed',
      'uten-gyldig-kontrakt':
        'without a valid tenancy agreement or protection under the Tenancy Act (husleieloven)',
      'hoye-boutgifter': 'housing costs out of proportion to income',
      'darlig-standard': 'poor standard',
      'ikke-tilpasset': 'not adapted to their needs',
      'for-liten': 'home too small',
      'uonsket-hos-foreldre': 'living with their parents against their will',
      'vanskelig-bomiljo': 'difficult living environment',
    },
    levels: {
      1: 'Level 1 (green)',
      2: 'Level 2 (yellow)',
      3: 'Level 3 (red)',
      4: 'Level 4 (red)',
    },
    statuses: { open: 'Open', closed: 'Closed' },
    closeReasons: {
      'bolig-sikret': 'The home is secured (arrears settled, no longer at risk)',
      'leieforhold-avsluttet': 'The tenancy has ended',
      flyttet: 'The resident has moved to another home',
      utkastet: 'The eviction has been carried out',
      annet: 'Other',
    },
    concernTypes: {
      akutt: 'without a roof over their head tonight',
      utkastelsesdato: 'eviction date',
      namsmann: 'letter from the enforcement officer (namsmannen) about a petition for eviction',
      varsel: 'notice under the Enforcement Act (tvangsfullbyrdelsesloven) § 4-18',
      oppsigelse: 'notice of termination from the landlord',
      utleiervarsel: 'notice from the landlord to NAV under the Tenancy Act (husleieloven) § 9-11',
      husleierestanse: 'rent arrears (husleierestanse)',
      kontraktslutt: 'fixed-term tenancy agreement ending',
      annet: 'other',
    },
    landlords: { kommunal: 'Municipal landlord', privat: 'Private landlord' },
    sources: {
      beboer: 'The person themselves',
      utleier: 'The landlord (notice under the Tenancy Act, husleieloven § 9-11)',
      namsmann:
        'The enforcement officer (namsmannen; the Enforcement Act, ' +
        'tvangsfullbyrdelsesloven § 13-6)',
      innfordring: 'Debt collection (innfordring)',
      tjeneste: 'Another service',
      parorende: 'Next of kin (pårørende)',
      'kriminalomsorg-helse':
        'The Correctional Service (kriminalomsorgen) or the specialist health service ' +
        '(before release or discharge)',
      'ikke-oppgitt': 'Not stated',
    },
    tenures: {
      kommunal: 'Municipal housing',
      privat: 'Private rental',
      eid: 'Owns their home',
      midlertidig: 'Temporary accommodation',
      institusjon: 'Institution',
    },
    reservations: {
      ja: 'Yes, has opted out',
      nei: 'No, has not opted out',
      'vet-ikke': 'Don’t know',
    },
    arrearsReminders: {
      ingen: 'No payment reminder sent',
      purring: 'Payment reminder (purring) sent',
      inkassovarsel: 'Debt collection warning (inkassovarsel) sent',
    },
    sharingBases: {
      samtykke: 'Consent from the person (choose the units below)',
      lovhjemmel:
        'Legal basis (the NAV Act, NAV-loven § 7 / the Social Services Act, ' +
        'sosialtjenesteloven § 44, within NAV’s tasks)',
      'avverge-fare':
        'Averting danger to life or health (the Public Administration Act, ' +
        'forvaltningsloven § 13 b no. 7)',
      'meldeplikt-barnevern': 'Duty to inform the child welfare service (barnevernet)',
      'ikke-avklart':
        'Not clarified – only the unit that owns the case, the case lead and you can see the ' +
        'description',
    },
    sharingBasesShort: {
      samtykke: 'consent',
      lovhjemmel: 'legal basis',
      'avverge-fare': 'averting danger',
      'meldeplikt-barnevern': 'duty to inform the child welfare service',
      'ikke-avklart': 'not clarified',
    },
    consentForms: { skriftlig: 'Written', muntlig: 'Oral' },
    involvementReasons: {
      granted: 'was given access',
      measure: 'was given responsibility for a measure',
      'previous-owner': 'owned the case until',
      reporter: 'reported a concern',
    },
    measureTypes: {
      bostotte: 'Housing allowance (bostøtte)',
      startlan: 'Start-up loan (startlån)',
      tilskudd: 'Grant (tilskudd)',
      'okonomisk-radgivning': 'Financial counselling',
      gjeldsradgivning: 'Debt counselling',
      'frivillig-forvaltning': 'Voluntary financial management (frivillig forvaltning)',
      'okonomisk-stonad': 'Financial assistance (økonomisk stønad, §§ 18–19)',
      'trekk-i-trygd': 'Deduction from benefits (trekk i trygd)',
      nedbetalingsavtale: 'Repayment agreement (nedbetalingsavtale)',
      booppfolging: 'Housing support (booppfølging)',
      startpakke: 'Starter pack (startpakke)',
      'midlertidig-botilbud': 'Temporary accommodation (midlertidig botilbud, § 27)',
      oppfolgingskontrakt: 'Follow-up contract (oppfølgingskontrakt)',
      'kommunal-bolig': 'Application for municipal housing (kommunal bolig)',
      'praktisk-bistand': 'Practical assistance and home services (praktisk bistand)',
      'psykisk-helse-rus': 'Follow-up from mental health and substance use services',
      'ergo-fysio-hjelpemidler': 'Occupational and physiotherapy, assistive aids',
      'aktivitet-arbeid': 'Activity and work',
      'cti-oppfolging': 'CTI follow-up (critical time intervention)',
    },
    measureStatuses: {
      planned: 'Planned',
      'in-progress': 'In progress',
      done: 'Done',
      cancelled: 'Cancelled',
    },
    purposes: {
      'ny-bekymring': 'New concern',
      'samarbeid-tiltak': 'Working together on measures',
      'henvendelse-beboer': 'Enquiry from the resident',
      annet: 'Other',
    },
  },
  cancelled: 'Cancelled.',
  nothingToCancel: 'There is nothing to cancel.',
  turnError: (errorId: string) =>
    `Sorry, something went wrong in Husly, and what you sent was not saved. Please try again ` +
    `shortly. If it happens again, contact the Husly administrator and quote error code ` +
    `${errorId}.`,
  worklistSchedule: {
    /** ISO weekdays 1 (Monday) – 7, as the schedule names them. */
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    set: (day: string, time: string) =>
      `The worklist is posted in this channel every ${day} at ${time}.`,
    current: (unit: string, day: string, time: string) =>
      `The worklist for ${unit} is posted in this channel every ${day} at ${time}.`,
    /** The time has passed this week and this week's list is not out yet. */
    postsNow: "That time has passed this week, so this week's list follows shortly.",
    none: (unit: string) => `The worklist for ${unit} is not posted in this channel regularly.`,
    stopped: 'The worklist is no longer posted in this channel.',
    howTo:
      'A leader of the unit or an admin sets it with, for example, ' +
      '"@Husly worklist every Monday 08:30", and stops it with "@Husly stop worklist".',
    notLinked:
      'This channel is not linked to a unit. An admin links it with ' +
      '"@Husly link channel [unit]".',
  },
  linkChannel: {
    askUnit: (keys: readonly string[]) =>
      `Which unit should be reached in this channel? Reply with «@Husly [unit]». ` +
      `Units: ${keys.join(', ')}. Type «cancel» to cancel.`,
    unknownUnit: (keys: readonly string[]) =>
      `No unit found with that key. Choose one of: ${keys.join(', ')}.`,
    linked: (unitName: string) =>
      `The channel is now linked to ${unitName}. Notices to the unit will come here.`,
    alreadyLinked: (unitName: string) => `This channel is linked to ${unitName}.`,
    posted: (posted: number, alreadyThere: number, notPosted: number) =>
      [
        posted === 0
          ? alreadyThere === 0 && notPosted === 0
            ? 'The unit has no open cases without a case lead.'
            : null
          : `${cases(posted)} without a case lead ${posted === 1 ? 'has' : 'have'} been ` +
            'posted here. Press «Take case» on the one you take, or type ' +
            '«@Husly take case [case number]».',
        alreadyThere > 0
          ? `${cases(alreadyThere)} without a case lead ${alreadyThere === 1 ? 'is' : 'are'} ` +
            'already in the channel.'
          : null,
        notPosted > 0
          ? `${notPosted === 1 ? 'One more case is' : `${notPosted} more cases are`} listed ` +
            'in «my cases».'
          : null,
      ]
        .filter((line) => line !== null)
        .join(' '),
  },
  concern: {
    title: 'Report a concern',
    intro:
      'The concern (bekymring) goes to the unit that owns the case. The channel only shows the ' +
      'case number, category, level and deadline – never the name, national identity number ' +
      'or the description. As the reporter, you see who owns the case and your own concern; ' +
      'other units get access when the unit that owns the case gives it.',
    who: 'Who is it about?',
    nationalId: 'National identity number (fødselsnummer) or D number',
    nationalIdPlaceholder: 'DDMMYY NNNNN',
    name: 'Name',
    nameHint: 'Name (and date of birth if you do not have the national identity number)',
    birthDate: 'Date of birth',
    source: 'Who reported the concern / where does the information come from?',
    category: 'Category',
    whatHappened: 'What has happened?',
    acute: 'Without a roof over their head tonight',
    acuteHint:
      'No dates are needed then. The category becomes «Without a home of their own: without a ' +
      'roof over their head tonight».',
    fillIn: 'Fill in',
    detailsNeedTick: (event: string) => `Husly only uses these fields when «${event}» is ticked.`,
    rentArrears: 'Rent arrears (husleierestanse)',
    arrearsAmount: 'Amount (NOK)',
    arrearsMonths: 'Number of months',
    landlord: 'Landlord',
    firstMissedRentDate: 'First unpaid rent (date)',
    noticeReceived: 'Notice under the Enforcement Act (tvangsfullbyrdelsesloven) § 4-18',
    noticeDate: 'Date the notice was sent (the date on the notice)',
    noticeReceivedDate: 'Date the resident received the notice',
    landlordNotice: 'Notice from the landlord to NAV under the Tenancy Act (husleieloven) § 9-11',
    landlordNoticeDate: 'Date NAV received the notice',
    tenantReserved: 'Has the tenant opted out of such notices?',
    namsmannNotice:
      'Letter from the enforcement officer (namsmannen) about a petition for eviction ' +
      '(fravikelse)',
    namsmannHint: 'Fill in at least one of the dates. The deadline in the letter may be ahead.',
    namsmannNoticeDate: 'Date the resident received the letter',
    namsmannCopyDate: 'Date NAV/the municipality received a copy',
    objectionDeadline: 'The deadline for objection (innsigelse) stated in the letter',
    evictionDateSet: 'An eviction date has been set',
    evictionDate: 'Eviction date',
    evictionHappened: 'The eviction has already taken place',
    belongingsDeadline:
      'New deadline for belongings (from the enforcement officer’s second letter)',
    terminated: 'Notice of termination from the landlord',
    terminationDate: 'Date the tenant received the notice of termination',
    timeLimitedLease: 'Fixed-term tenancy agreement ending',
    leaseEndDate: 'Date the tenancy agreement ends',
    other: 'Other',
    situation: 'Without a home of their own or in an institution (dates)',
    releaseDate: 'Leaving prison or an institution on',
    temporaryAccommodationSince: 'In temporary accommodation since',
    household: 'Household, contact and wishes (optional)',
    children: 'Number of children in the household',
    tenure: 'How does the person live now?',
    contact: 'Contact details (phone, best way to reach the person, need for an interpreter)',
    wishes: 'The person’s own wishes',
    descriptionSection: 'Description and sharing',
    description: 'Description (confidential, optional)',
    descriptionPlaceholder: 'Do not write diagnoses or health information.',
    sharingBasis: 'Basis for sharing the description',
    consentUnits: 'Units the person has consented to the description being shared with',
    consentForm: 'How was consent given?',
    residentInformed: 'Does the resident know about the concern?',
    yes: 'Yes',
    no: 'No',
    submit: 'Send concern',
    fixErrors: 'Something needs correcting. See the notes in the form.',
    registered: (reference: string, unitName: string, coordinator: string | null) =>
      `The concern has been registered in case ${reference}. The case is owned by ${unitName}` +
      (coordinator
        ? `, case lead (saksansvarlig) ${coordinator}`
        : ', with no case lead (saksansvarlig) yet') +
      '.',
    duplicate: (reference: string) =>
      `This concern had already been registered in case ${reference}.`,
    ownedByOwnUnit:
      'The case is owned by your unit (level 1: advice and guidance are handled at the lowest ' +
      'possible level, in your own unit). If the person needs follow-up over time, change the ' +
      'level with «change level» and the case number – the allocation team (tildelingsteamet) ' +
      'is then asked – or propose a handover with «hand over».',
    routedByRule:
      'The case has been sent to the unit that takes this type of case (see «routing»), ' +
      'because it concerns more than advice and guidance in your own unit, or because your ' +
      'unit does not follow up cases itself.',
    sent: (reference: string) => `Sent – registered in case ${reference}.`,
    ownerLine: (unitName: string, coordinator: string | null) =>
      `Owner: ${unitName}` +
      (coordinator ? `, case lead ${coordinator}` : ' (no case lead yet)') +
      '.',
    newCase: 'New case',
    existingCase: 'Added to an existing case',
    ownerNotReached:
      'The unit that owns the case has no linked channel; ask an administrator to link it.',
    ownerRetrying: (unitName: string) => `The ${unitName} channel ${RETRYING}`,
    alerted: (units: readonly string[]) => `Also notified: ${units.join(', ')}.`,
    alertRetrying: (units: readonly string[]) => `${listed(units)} ${RETRYING}`,
    receiptDates: 'The dates as Husly has registered them. Check that they are correct:',
    receiptAcute: 'The person has been reported as without a roof over their head tonight.',
    receiptDeadlines: 'Deadlines:',
    earliestRequest: (date: string, passed: boolean) =>
      (passed
        ? `The landlord has been able to petition for eviction since ${date}`
        : `The landlord can petition for eviction on ${date} at the earliest`) +
      ' (two weeks after the notice was sent).',
    objectionPrinted: (date: string, passed: boolean) =>
      `The deadline for objection (innsigelse) stated in the letter from the enforcement ` +
      `officer (namsmannen) ${passed ? 'expired' : 'expires'} on ${date}.`,
    objectionComputed: (date: string, passed: boolean) =>
      `The deadline for objection (innsigelse) to the enforcement officer (namsmannen) ` +
      `${passed ? 'expired' : 'expires'} on ${date}: 14 days after the resident received the ` +
      'letter (the Enforcement Act, tvangsfullbyrdelsesloven § 13-6). Check the deadline in ' +
      'the letter.',
    objectionUncertain:
      'The deadline for objection (innsigelse) is uncertain: it runs from when the resident ' +
      'received the letter. Ask to see the letter.',
    protestDeadline: (date: string, passed: boolean) =>
      `The deadline for a written protest against the notice of termination ` +
      `${passed ? 'expired' : 'expires'} on ${date} (the Tenancy Act, husleieloven § 9-8).`,
    evictionOn: (date: string) => `The eviction is scheduled for ${date}.`,
    evictionDone: (date: string) => `The eviction was carried out on ${date}.`,
    belongingsUntil: (date: string) => `New deadline for collecting belongings: ${date}.`,
    receiptFix:
      'Is a date wrong? Type «new concern» and report the correct date: ' +
      'the date reported last applies in the case.',
    facts: {
      source: 'Source',
      children: 'Children in the household',
      tenure: 'Lives now',
      contact: 'Contact',
      wishes: 'The person’s own wishes',
      reserved: 'Opted out of notices from the landlord (the Tenancy Act, husleieloven § 9-11)',
    },
  },
  arrearsReport: {
    title: 'Report arrears',
    intro:
      'Report unpaid rent as early as possible, so that NAV can help before the landlord sends ' +
      'a notice of eviction. The channel only shows the case number and deadline – never the ' +
      'name, national identity number or amount.',
    who: 'Who is it about?',
    nationalId: 'National identity number (fødselsnummer) or D number',
    nationalIdPlaceholder: 'DDMMYY NNNNN',
    name: 'Name (and date of birth if you do not have the national identity number)',
    birthDate: 'Date of birth',
    arrears: 'The arrears',
    amount: 'Arrears (NOK)',
    dueDate: 'Due date of the first unpaid rent',
    reminderSent: 'Has a payment reminder (purring) or debt collection warning been sent?',
    landlord: 'Landlord',
    consentClause:
      'Does the tenancy agreement have a consent clause (the tenant consents to arrears being ' +
      'reported to NAV)?',
    consentClauses: { ja: 'Yes', nei: 'No, or don’t know' },
    submit: 'Send arrears report',
    fixErrors: 'Something needs correcting. See the notes in the form.',
    fieldErrors: {
      NO_CONSENT_CLAUSE:
        'Without a consent clause in the tenancy agreement, the arrears cannot be reported to ' +
        'NAV here. If the tenant has consented in another way, or there is another basis, use ' +
        '«new concern».',
    },
    sent: (reference: string) => `Sent – registered in case ${reference}.`,
    registered: (reference: string, unitName: string, coordinator: string | null) =>
      `The arrears have been registered in case ${reference}. The case is owned by ` +
      `${unitName}` +
      (coordinator
        ? `, case lead (saksansvarlig) ${coordinator}`
        : ', with no case lead (saksansvarlig) yet') +
      '.',
    duplicate: (reference: string) =>
      `These arrears (same person and due date) had already been reported in case ` +
      `${reference}.`,
    nextHeading: 'What happens now:',
    nextP0: (unitName: string) =>
      `Today (P0): ${unitName} is asked to try to contact the person or arrange a home visit.`,
    nextMunicipal:
      'Municipal landlord: do not send a notice under the Enforcement Act ' +
      '(tvangsfullbyrdelsesloven) § 4-18 before contact has been attempted.',
    nextP5: (unitName: string) =>
      `After five working days (P5): ${unitName} checks whether they have made contact, and ` +
      'lets you know that contact has been attempted. Without contact, there will be a home ' +
      'visit.',
    receiptFix:
      'Is the amount or the due date wrong? Report the arrears again with the correct figures: ' +
      'the one reported last applies in the case.',
  },
  fieldErrors: {
    REQUIRED: 'Must be filled in.',
    DETAILS_NOT_TICKED:
      'You filled in fields under this box but did not tick it. Tick it, or clear the fields.',
    WHO_REQUIRED:
      'Enter the national identity number (fødselsnummer) or D number, or name and date of ' +
      'birth.',
    TOO_LONG: 'The text is too long.',
    CHOICE: 'Choose one of the options.',
    DATE_FORMAT: 'Invalid date.',
    DATE_IN_FUTURE: 'The date cannot be in the future.',
    DATE_TOO_OLD: 'The date is too far in the past.',
    EVICTION_IN_PAST:
      'The date has passed. Tick «The eviction has already taken place» ' +
      'if it has been carried out.',
    EVICTION_HAPPENED_IN_FUTURE: 'An eviction in the future cannot already have taken place.',
    RECEIVED_BEFORE_NOTICE: 'The notice cannot have been received before the date on it.',
    NOTICE_BEFORE_ARREARS: 'The notice cannot be dated before the first unpaid rent.',
    AMOUNT_RANGE: 'Enter a whole amount in kroner (1–10,000,000).',
    MONTHS_RANGE: 'Enter the number of months (1–60).',
    WHAT_HAPPENED_REQUIRED: 'Tick at least one thing that has happened.',
    DATE_TOO_FAR: 'The date is too far in the future.',
    ACUTE_CATEGORY:
      'Without a roof over their head tonight belongs to the category «Without a home of ' +
      'their own: without a roof over their head tonight». Choose it, or leave the category ' +
      'empty.',
    NAMSMANN_DATE_REQUIRED:
      'Fill in at least one date: when the resident received the letter, when NAV/the ' +
      'municipality received a copy, or the deadline stated in the letter.',
    OBJECTION_BEFORE_LETTER:
      'The deadline for objection cannot be before the resident received the letter.',
    BELONGINGS_BEFORE_EVICTION: 'The deadline for belongings cannot be before the eviction.',
    CHILDREN_RANGE: 'Enter the number of children as a whole number (0–20).',
    DATE_IN_PAST: 'The date cannot have passed.',
    PERIOD_ORDER: 'The end date must be after the start date.',
    RESPONSIBLE_REQUIRED:
      'Choose at least one responsible: the resident, a unit, a member of staff or a participant.',
    OUTCOME_REQUIRED: 'Choose how this goal went.',
    'NATIONAL_ID.EMPTY': 'Enter the national identity number (fødselsnummer) or D number.',
    'NATIONAL_ID.FORMAT': 'The national identity number can only contain digits.',
    'NATIONAL_ID.LENGTH': 'The national identity number must have 11 digits.',
    'NATIONAL_ID.CHECKSUM': 'Invalid national identity number (the check digits do not match).',
    'NATIONAL_ID.DATE': 'The national identity number does not contain a valid date.',
    'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION': 'A synthetic test number cannot be used in production.',
  },
  lookup: {
    title: 'Who owns the case?',
    queryLabel: 'Case number, national identity number (fødselsnummer) or name',
    search: 'Search',
    purposeTitle: 'Why are you looking up this person?',
    purposeIntro:
      'Lookups on a person are logged with the purpose, and the person may be given access ' +
      'to who has looked them up.',
    purposeNote: 'Why (if «Other») – do not write a name or national identity number',
    continue: 'Look up',
    choicesTitle: 'Choose person',
    choicesIntro:
      'Several people with this name have a case your unit works on. ' +
      'Open the case of the person you mean.',
    choice: (name: string, birthYear: string | null, maskedId: string | null) =>
      `${name || 'No name'}` +
      (birthYear ? `, b. ${birthYear}` : '') +
      (maskedId ? ` (${maskedId})` : ''),
    choiceCase: (reference: string, unit: string) => `Case ${reference} – owned by ${unit}`,
    choicesClosed:
      'You have opened a case from this list. To open another, look up again with ' + '«who owns».',
    purposeGiven: (purpose: string) => `Purpose: ${purpose}. The answer is below.`,
    owner: 'Owner',
    contact: 'Contact',
    coordinator: 'Case lead (saksansvarlig)',
    noCoordinator: 'None yet',
    since: 'Since',
    involved: 'Also involved',
    none: 'None',
    chat: 'Chat with the case lead',
    resident: 'Person',
    timeline: 'Dates',
    concerns: 'Concerns',
    handOver: 'Hand over',
    startPlan: 'Start goal plan',
    restricted:
      'You only see who owns the case. The content is confidential and only shown to units ' +
      'working on the case. Contact the person listed.',
    contactUnit: (unit: string) => `${unit} (no case lead yet)`,
    reportedBy: (unit: string) => `reported by ${unit}`,
    basis: (basis: string) => `Basis for sharing: ${basis}`,
    informed: (yes: boolean) =>
      yes ? 'The person knows about the concern.' : 'The person does not know about the concern.',
    textWithheld: (basis: string) =>
      `The description and the amounts are confidential (basis: ${basis}). They are shown to ` +
      `the unit that owns the case, the reporter, and the units the basis for sharing covers. ` +
      `If you need to know more, ask the case lead.`,
    breakGlass: 'Emergency access (danger to life or health)',
    breakGlassActive: (until: string) =>
      `You have emergency access to the case until ${until}. Everything you see is logged as ` +
      'emergency access.',
    ownConcerns: 'Concerns your unit has reported',
    grantAccess: 'Give access',
    consent: 'Consent',
    caseTitle: (reference: string) => `Case ${reference}`,
    born: (date: string) => `born ${date}`,
    arrears: (amount: string, months: number, landlord: string) =>
      `NOK ${amount}, ${months} ${months === 1 ? 'month' : 'months'}, ${landlord.toLowerCase()}`,
    channelFacts:
      'In the channel, Husly only shows who owns the case. You get more in personal chat with ' +
      'Husly.',
    nameTooShort:
      'Type the full name (first name and surname), or name and date of birth, for example ' +
      '«who owns Kari Nordmann» or «who owns Nordmann 12.07.1987».',
  },
  channel: {
    sentToPersonal:
      'The answer is in your personal chat with Husly, so nobody else in the channel sees it.',
    personalOnly:
      'I only show this in personal chat, so nobody else in the channel sees it. ' +
      'Open Husly under Apps in Teams, and type it there.',
    noPersonalData:
      'Do not write national identity numbers or names in channels – everyone in the channel ' +
      'can see them.',
  },
  access: {
    title: (reference: string) => `Access to case ${reference}`,
    intro:
      'The unit that owns the case decides who may read it. Only give access to units that ' +
      'need it in their work (tjenstlig behov). A unit with access sees the person, the dates ' +
      'and the phase, and descriptions where the basis for sharing allows it.',
    current: 'Units with access now',
    none: 'No other units have access.',
    line: (unit: string, reason: string, since: string, by: string | null) =>
      `${unit} – ${reason} ${since}${by ? ` by ${by}` : ''}`,
    breakGlassTitle: 'Emergency access now',
    breakGlassLine: (name: string, unit: string, until: string) =>
      `${name} (${unit}) – until ${until}`,
    expires: 'access as a previous owner lasts for a limited period',
    unit: 'Give access to unit',
    note:
      'Why does the unit need access? (at most 300 characters; do not write health ' +
      'information)',
    submit: 'Give access',
    end: (unit: string) => `Remove access for ${unit}`,
    granted: (reference: string, unit: string, told: boolean, retrying = false) =>
      `${unit} has been given access to case ${reference}. ` +
      (told
        ? 'The unit has been notified in its channel.'
        : retrying
          ? `Their channel ${RETRYING}`
          : 'The unit has no linked channel, so let them know yourself.'),
    ended: (reference: string) =>
      'The access has been removed. ' + `This applies from now on, for case ${reference}.`,
  },
  consent: {
    title: (reference: string) => `Consent in case ${reference}`,
    intro:
      'Consent (samtykke) from the person (the Public Administration Act, forvaltningsloven ' +
      '§ 13 a no. 1) lets the units it names read the case (the person, the dates, other ' +
      'units), the goal plan and descriptions shared with consent. Consent can be withdrawn ' +
      'at any time; this applies from that moment.',
    active: 'Consents in force',
    history: 'Withdrawn',
    none: 'No consents have been registered.',
    line: (units: string, date: string, form: string, by: string) =>
      `${units} – given ${date} (${form.toLowerCase()}), registered by ${by}`,
    withdrawnLine: (units: string, date: string, by: string) =>
      `${units} – withdrawn ${date} by ${by}`,
    withdraw: 'Withdraw consent',
    newTitle: 'Register new consent',
    units: 'Units the person consents to sharing with',
    givenDate: 'Date consent was given',
    form: 'How was it given?',
    submit: 'Register consent',
    recorded: (reference: string) => `The consent has been registered in case ${reference}.`,
    withdrawn: (reference: string) =>
      `The consent has been withdrawn in case ${reference}. The units it applied to ` +
      `no longer see what the consent gave access to.`,
  },
  breakGlass: {
    title: (reference: string) => `Emergency access to case ${reference}`,
    explain:
      'Only when it is necessary to avert danger to life or serious harm to health ' +
      '(the Public Administration Act, forvaltningsloven § 13 b no. 7). You may read the case ' +
      'for 24 hours. The managers of the unit that owns the case are told at once, and ' +
      'everything you see is logged as emergency access (nødtilgang).',
    justification:
      'Justification (at least 20 characters): what danger, and why you need the information ' +
      'now',
    submit: 'Open the case with emergency access',
    granted: (until: string) => `Opened with emergency access until ${until}.`,
    opened: (reference: string, until: string, told: boolean, retrying = false) =>
      `Emergency access to case ${reference} applies until ${until}. ` +
      (told && !retrying
        ? 'The managers of the unit that owns the case have been notified.'
        : told
          ? `The unit that owns the case has been notified. The managers ${RETRYING}`
          : retrying
            ? `The managers of the unit that owns the case ${RETRYING} If it is urgent, ` +
              'phone the unit.'
            : 'Husly could not notify the managers – phone the unit that owns the case.'),
  },
  timeline: {
    firstMissedRentDate: 'First unpaid rent',
    noticeDate:
      'Notice under the Enforcement Act (tvangsfullbyrdelsesloven) § 4-18 sent (the date on ' +
      'the notice)',
    noticeReceivedDate: 'The resident received the notice under § 4-18',
    namsmannNoticeDate:
      'The resident received a letter from the enforcement officer (namsmannen) about a ' +
      'petition for eviction',
    namsmannCopyDate: 'NAV/the municipality received a copy of the enforcement officer’s letter',
    objectionDeadline: 'Deadline for objection (stated in the enforcement officer’s letter)',
    evictionDate: 'Eviction date',
    belongingsDeadline: 'New deadline for belongings (the enforcement officer’s second letter)',
    arrearsReportedDate: 'Arrears reported by debt collection (innfordring) or the landlord',
    landlordNoticeDate:
      'NAV received a notice from the landlord (the Tenancy Act, husleieloven § 9-11)',
    leaseEndDate: 'Fixed-term tenancy agreement ends',
    terminationDate: 'The tenant received notice of termination',
    releaseDate: 'Leaving prison or an institution',
    temporaryAccommodationSince: 'In temporary accommodation since',
    acuteDate: 'Reported as without a roof over their head tonight',
    evictionHappened: 'The eviction has been carried out',
  },
  notices: {
    forUnitTitle: (isNew: boolean) =>
      isNew ? 'New case for the unit' : 'New concern in a case the unit owns',
    deadline: 'Next deadline',
    case: 'Case',
    level: 'Level',
    take: 'Take case',
    takenBy: (name: string) => `Taken by ${name}`,
    movedTitle: (reference: string, unit: string) => `Case ${reference} is now owned by ${unit}`,
    movedBody:
      'The case is no longer followed up by the unit in this channel. ' +
      'Contact the case lead or the unit that owns it.',
    closedTitle: (reference: string) => `Case ${reference} has been closed`,
    closedBody: 'The case has been closed. There are no more deadlines to follow up here.',
    forCoordinatorTitle: (reference: string) => `New concern in case ${reference}`,
    reportedBy: 'Reported by',
    what: 'About',
    involvedAlertTitle: (reference: string) => `Case ${reference}: new concern`,
    involvedAlertBody: (owner: string) =>
      `A new concern (bekymring) has been reported for a person your unit follows up. ` +
      `The case is owned by ${owner}. ` +
      `Type «who owns» and the case number in personal chat with Husly to see more.`,
    throttledTitle: 'Person lookups stopped',
    throttledBody: (name: string, unit: string, limit: number) =>
      `${name} (${unit}) has made more than ${limit} lookups on people in the last hour. ` +
      `New lookups are stopped until an hour has passed since the first ones. ` +
      `See «access review» for the extent, and talk to ${name.split(' ')[0]} about the use.`,
    breakGlassTitle: (reference: string) => `Emergency access used in case ${reference}`,
    breakGlassBody: (name: string, unit: string, until: string) =>
      `${name} (${unit}) has opened the case with emergency access until ${until}.`,
    breakGlassWhy: 'Justification',
    planNewCaseTitle: (reference: string) =>
      `New case for the person in the goal plan for case ${reference}`,
    planNewCaseBody: (newReference: string, unit: string) =>
      `The person has a new case, ${newReference}, with ${unit}. The goal plan is still with ` +
      'you. Decide with the person whether the plan should follow the new case: open the goal ' +
      'plan, «More» → «Move the plan to case …».',
    accessGrantedTitle: (reference: string) =>
      `The unit has been given access to case ${reference}`,
    accessGrantedBody: (owner: string, by: string) =>
      `${owner} has given the unit access (by ${by}). ` +
      `Type «who owns» and the case number in personal chat with Husly to see the case.`,
    acuteTitle: (reference: string) => `Urgent: case ${reference}`,
    acuteWhat:
      'Without a roof over their head tonight – the Social Services Act ' +
      '(sosialtjenesteloven) § 27',
    acuteBody:
      'Temporary accommodation (midlertidig botilbud) must be in place today. Take the case, ' +
      'or make sure someone in the unit does so now.',
    acuteAlerted: (
      unitName: string,
      channel: boolean,
      people: readonly string[],
      retrying: { readonly channel: boolean; readonly people: readonly string[] } = {
        channel: false,
        people: [],
      },
    ) => {
      const later = [...(retrying.channel ? [`the ${unitName} channel`] : []), ...retrying.people];
      const now = [
        channel ? `the ${unitName} channel` : null,
        people.length ? people.join(', ') : null,
      ].filter((part) => part !== null);
      return channel || people.length > 0
        ? 'Without a roof over their head tonight: ' +
            now.join(' and ') +
            (now.length === 1 && people.length <= 1 ? ' has' : ' have') +
            ' been notified now.' +
            (later.length ? ` ${capitalised(listed(later))} ${RETRYING}` : '')
        : later.length
          ? `Without a roof over their head tonight: Husly reached nobody in ${unitName} just ` +
            'now and will try again. Phone the unit now.'
          : `Without a roof over their head tonight: Husly reached nobody in ${unitName}. ` +
            'Phone the unit now.';
    },
    takeWhich:
      'Which case do you want to take? Type the case number, for example ' +
      '«take case 2026-0006».',
    takeNotFound: (reference: string) =>
      `No case found with number ${reference}. Check the case number.`,
    takeClosed: (reference: string) => `Case ${reference} has been closed and cannot be taken.`,
    takeRefused: (reference: string, unitName: string) =>
      `Case ${reference} is owned by ${unitName}. Only caseworkers, coordinators and managers ` +
      `there can take it. Type «who owns ${reference}» to see who you can contact.`,
    takeRefusedAdmin: 'Administrators do not take cases: they do not see case content in Husly.',
    takeAlreadyTaken: (reference: string, name: string) =>
      `Case ${reference} already has a case lead: ${name}.`,
    takeAlreadyYours: (reference: string) => `You are already the case lead for case ${reference}.`,
    takeDone: (reference: string) =>
      `You are now the case lead (saksansvarlig) for case ${reference}.`,
    takenInChannel: (name: string, reference: string) =>
      `${name} is now the case lead for case ${reference}.`,
    proposedTitle: (reference: string) => `Proposal: hand over case ${reference}`,
    proposedBody: (from: string, to: string, coordinator: string | null, by: string) =>
      `${by} in ${from} proposes handing the case over to ${to}` +
      (coordinator ? ` with ${coordinator} as case lead` : '') +
      '. The case stays with ' +
      `${from} until someone in ${to} has answered.`,
    proposedNote: 'Reason',
    accept: 'Accept',
    decline: 'Decline',
    declineReason: 'Why are you declining? (must be filled in to decline)',
    acceptedBy: (name: string) => `Accepted by ${name}. The case has been handed over.`,
    declinedBy: (name: string) => `Declined by ${name}. The case stays where it was.`,
    withdrawn:
      'The proposal no longer applies (the case has been moved, closed or proposed again).',
    levelReviewTitle: (reference: string, level: string) =>
      `Case ${reference} has been set to ${level}`,
    levelReviewBody: (team: string, owner: string) =>
      `${team}: keep the case with ${owner} or take it over?`,
    keepWith: (owner: string) => `Keep with ${owner}`,
    takeOver: 'Take over the case',
    keptBy: (owner: string, name: string) => `Kept with ${owner} (decided by ${name}).`,
    takenOverBy: (team: string, name: string) => `Taken over by ${team} (${name}).`,
    answeredTitle: (reference: string) => `Answer about case ${reference}`,
    answeredBody: (
      kind: 'handover' | 'level-review',
      outcome: 'accepted' | 'declined',
      from: string,
      to: string,
      by: string,
    ) =>
      kind === 'level-review'
        ? outcome === 'accepted'
          ? `${to} is taking over the case from ${from} (${by}).`
          : `${to} is leaving the case with ${from} (${by}).`
        : outcome === 'accepted'
          ? `${to} has accepted the handover (${by}). The case is now owned by ${to}.`
          : `${to} has declined the handover (${by}). The case stays with ${from}.`,
    declinedWhy: 'Reason for declining',
    handedOverTitle: (reference: string) => `Case ${reference} has been handed over`,
    handedOverBody: (from: string, to: string, coordinator: string | null, by: string) =>
      `From ${from} to ${to}${coordinator ? ` (case lead ${coordinator})` : ''}, by ${by}.`,
  },
  handOver: {
    title: (reference: string) => `Hand over case ${reference}`,
    intro:
      'To another unit, it becomes a proposal: the case stays with you until someone in that ' +
      'unit has accepted. A new case lead in your own unit takes effect at once.',
    unit: 'To unit',
    chooseUnit: 'Choose unit',
    chooseCoordinator: 'None (the unit chooses)',
    coordinator: 'New case lead (optional, must work in the unit)',
    note: 'Reason',
    submit: 'Hand over',
    done: (reference: string, unit: string, everyoneTold: boolean, told: readonly Told[] = []) =>
      `Case ${reference} has been handed over to ${unit}. ` +
      (everyoneTold
        ? 'The previous and new owners have been notified.'
        : told.length
          ? notified(told) +
            (told.some((t) => t.reach === 'unreached')
              ? ' The case is listed in «my cases» for the new unit.'
              : '')
          : 'The notice did not reach everyone (channel not linked or Husly not installed); ' +
            'the case is listed in «my cases» for the new unit.'),
    proposed: (reference: string, unit: string, reached: Reach) =>
      `The proposal to hand over case ${reference} to ${unit} has been sent. The case is yours ` +
      `until someone in ${unit} has accepted; you will get the answer here. If nobody answers ` +
      `within one working day, the managers of ${unit} get a reminder.` +
      notYetReached(unit, reached),
    proposedTitle: (reference: string) => `Handover of case ${reference} proposed`,
  },
  plan: {
    createTitle: (reference: string) => `New goal plan for case ${reference}`,
    title: (reference: string) => `Goal plan for case ${reference}`,
    intro:
      'Make the plan with the resident: what matters to them, the goal in their own words and ' +
      'what each person does. The goal plan (målplan) is structured like an individual plan ' +
      '(individuell plan, IP), so that it can be turned into an IP later. Without consent, the ' +
      'plan is only visible to the unit that owns the case.',
    measureWarning:
      'A responsible unit gets access to the case (the person and the dates). ' +
      'If it is not included in the consent, it only sees its own measures, not the rest of ' +
      'the plan.',
    ownMeasuresOnly:
      'You only see the measures you or your unit are responsible for. ' +
      'The rest of the plan is confidential.',
    consentForm: 'How was consent given?',
    level: 'Level',
    period: 'Period',
    ip: 'Individual plan (IP)',
    vedtak: 'Decision (vedtak): ',
    resident: 'With the resident',
    residentParticipation: 'How did the resident take part?',
    whatMatters: "What matters to you? (the resident's own words, optional)",
    whatMattersHeading: 'What matters to you',
    residentOwnWords: "the resident's own words",
    resources: 'Resources and needs (optional)',
    resourcesHeading: 'Resources and needs',
    goal: 'Goal',
    goalText: 'What is to be achieved?',
    goalResidentWords: "The goal in the resident's own words (optional)",
    goalTargetDate: 'Target date (optional)',
    withResidentWords: "In the resident's words: ",
    measure: 'Measure',
    measureGoal: 'Which goal does the measure serve?',
    measureType: 'Type of support',
    measureDescription: 'What is to be done?',
    measureScope: 'Scope (optional), for example “2 hours a week”',
    responsibleHint:
      'Who is responsible? At least one: the resident, a unit, a member of staff or a ' +
      'participant.',
    measureResident: 'The resident is responsible / does this themselves',
    measureUnit: 'Responsible unit',
    measureStaff: 'Responsible person (optional)',
    measureParticipant: 'Responsible relative or agency (optional)',
    measureDeadline: 'Deadline',
    measureStatus: 'Status',
    evaluationDate: 'Next evaluation',
    periodStart: 'Plan period from (optional)',
    periodEnd: 'Plan period to (optional)',
    template: 'Template',
    templates: {
      cti: 'CTI follow-up (phases: transition, try-out, transfer of care)',
      ingen: 'No template',
    },
    more: 'More (optional)',
    consentGiven: 'Has the resident consented to the plan being shared?',
    consentDate: 'Date of consent',
    consentUnits: 'Units that can see the plan (with consent)',
    vedtakReference: 'Decision (vedtak) reference – required at levels 3–4',
    ipNeeded: 'Is an individual plan (IP) needed?',
    coordinator: 'Case lead (saksansvarlig)',
    create: 'Create goal plan',
    status: 'Status',
    active: 'Active',
    closedBecause: (reason: string) => `Closed: ${reason}`,
    ipBadge: (coordinator: string) => `Individual plan (IP) · IP coordinator: ${coordinator}`,
    noIpCoordinator: 'not chosen yet',
    levelHistory: 'Level over the plan',
    latestOutcome: (outcome: string) => `Last evaluated: ${outcome}`,
    otherMeasures: 'Other measures',
    scope: 'scope',
    residentResponsible: 'The resident',
    participants: 'Participants',
    participantCount: (count: number) => (count === 0 ? 'none yet' : `${count}`),
    notInConsent: 'does not see the plan (not in the consent)',
    phases: 'CTI phases',
    phaseLine: (phase: string, from: string, to: string, days: number) =>
      `${phase}: ${from} – ${to}, contact every ${days} days`,
    ipMissing: (points: string) => `Missing for an IP: ${points}.`,
    attached: 'The person already had a goal plan. It now follows this case.',
    attachedDone: (reference: string) => `The person's goal plan now follows case ${reference}.`,
    showDetails: 'Show details',
    cases: 'Cases the plan has followed',
    participatedAtStart: 'The resident took part',
    closeNoteHeading: 'Note on closing',
    addGoal: 'Add goal',
    addMeasure: 'Add measure',
    addParticipant: 'Add participant',
    removeParticipant: 'Remove participant',
    change: 'Edit',
    closePlan: 'Close plan',
    moveTo: (reference: string) => `Move the plan to case ${reference}`,
    moveConsent: (unit: string) =>
      `The plan is then shared with ${unit}, which follows it up. That needs the resident's ` +
      'consent. Afterwards you see the plan only if you are in a consent.',
    move: 'Move the plan',
    elsewhere: (reference: string) =>
      `The person's goal plan follows case ${reference}. Write «who owns ${reference}» to see ` +
      'who has it.',
    print: 'Print (PDF)',
    moreActions: 'More',
    evaluate: 'Evaluate',
    evaluationSummary: 'What has happened since last time?',
    nextEvaluationDate: 'Next evaluation',
    caseLevelNow: 'the case is at',
    evaluationLevel: 'Level now',
    goalOutcome: 'How did the goal go?',
    evaluationLine: (participation: string, level: string) =>
      `The resident took part: ${participation} · ${level}`,
    participantKind: 'Who is the participant?',
    participantName: 'Name (relative or contact person)',
    participantOrganisation: 'Agency (for an external agency)',
    participantUnit: 'Unit (for a unit)',
    participantStaff: 'Member of staff (for a member of staff)',
    participantRole: 'Role in the plan (optional), for example “support contact”',
    participantNoAccess: 'Taking part gives no access to the plan. Consent does.',
    participantToRemove: 'Which participant should be removed?',
    isIp: 'Turn into an individual plan (IP)',
    ipCoordinator: 'IP coordinator (required for an IP)',
    ipCoordinatorHint:
      'An individual plan must have a coordinator (the Municipal Health and Care Services Act, ' +
      'helse- og omsorgstjenesteloven, section 7-2).',
    closeReason: 'Why is the plan being closed?',
    closeNote: 'Note (required for “Other”)',
    closeWarning:
      'A closed plan cannot be changed. If the person needs a plan later, a new one is started.',
    closed: (reference: string) => `The goal plan for case ${reference} has been closed.`,
    formTitle: (action: string, reference: string) => `${action} – goal plan for case ${reference}`,
    printTitle: (reference: string) => `Goal plan for case ${reference} – print`,
    printReady:
      'The PDF is ready. The link works once, for 5 minutes. Whoever has the link can open ' +
      'the plan: do not share it.',
    printOpen: 'Open PDF',
    printNote:
      'Printing is logged. Keep the paper like other confidential information, and share it ' +
      'only with those who have consent or a legal basis.',
    saveStatus: 'Save status',
    goals: 'Goals',
    measures: 'Measures',
    evaluations: 'Evaluations',
    consent: 'Consent',
    consentYes: (date: string | null, units: string) =>
      `Given${date ? ` ${date}` : ''}${units ? `, shared with ${units}` : ''}`,
    consentNo: 'Not given – only the unit that owns the case sees the plan',
    responsible: 'Responsible',
    deadline: 'deadline',
    created: (reference: string) => `The goal plan for case ${reference} has been created.`,
    updated: 'The goal plan has been updated.',
    suggestLevel2: 'The case is at level 2 (yellow): it should have a goal plan (målplan).',
    level3:
      'The case is at level 3–4 (red): state the decision (vedtak) and whether an individual ' +
      'plan (IP) is needed.',
    show: 'Show goal plan',
    none: '–',
    pdf: {
      title: 'Goal plan',
      cases: (references: string) => `Case: ${references}`,
      resident: (name: string, birthDate: string | null) =>
        birthDate ? `${name}, born ${birthDate}` : name,
      period: (from: string, to: string) => `Plan period: ${from} – ${to}`,
      madeWith: (participation: string) => `The plan was made with the resident ${participation}.`,
      targetDate: 'Target date',
      goal: (n: number, text: string) => `Goal ${n}: ${text}`,
      measureLine: (type: string, description: string) => `${type}: ${description}`,
      evaluation: (date: string, by: string) => `${date}, ${by}`,
      footer: (reference: string, date: string, by: string) =>
        `Goal plan for case ${reference}, printed ${date} by ${by}. ` +
        'Confidential under the Public Administration Act § 13.',
      signatureResident: 'Resident',
      signatureCoordinator: 'Caseworker / coordinator',
      fileName: (reference: string) => `goal-plan-${reference}`,
    },
    participation: {
      meeting: 'in a meeting',
      phone: 'by phone',
      digital: 'online',
      'not-present': 'did not take part',
    },
    goalOutcomes: {
      reached: 'reached',
      partly: 'partly reached',
      'not-reached': 'not reached',
      changed: 'changed',
    },
    participantKinds: {
      resident: 'The resident',
      relative: 'Relative',
      staff: 'Member of staff',
      unit: 'Unit',
      external: 'External agency',
    },
    organisations: {
      spesialisthelsetjenesten: 'Specialist health service',
      kriminalomsorgen: 'Correctional service',
      husbanken: 'Husbanken (Norwegian State Housing Bank)',
      utleier: 'Landlord',
      fastlege: 'GP',
      annen: 'Other agency',
    },
    closeReasons: {
      'goals-reached': 'the goals are reached',
      moved: 'moved',
      declined: 'does not want further follow-up',
      other: 'other',
      'case-closed': 'the case was closed',
    },
    phaseKinds: { overgang: 'Transition', utproving: 'Try-out', overforing: 'Transfer of care' },
    ipPoints: {
      'goals-resources': 'goals, resources and needs',
      participants: 'who takes part',
      coordinator: 'IP coordinator',
      contributions: 'what the resident and relatives or others contribute',
      'measures-scope': 'the scope of each measure',
      'period-revision': 'plan period (from and to)',
      consent: 'consent',
      cooperation: 'cooperation with other agencies',
    },
  },
  reminders: {
    title: (reference: string) => `Reminder – case ${reference}`,
    digestTitle: (count: number) => `${count} reminders`,
    case: (reference: string) => `Case ${reference}`,
    legalDeadline: 'Statutory deadline',
    due: 'Due',
    done: 'Done',
    snooze: 'Snooze',
    snoozeDays: (d: number) => (d === 1 ? '1 day' : `${d} days`),
    snoozeFor: 'Snooze for',
    open: 'Open case',
    openCase: (reference: string) => `Open case ${reference}`,
    dueToday: 'today',
    doneBy: (name: string, date: string) => `Done by ${name} ${date}`,
    snoozedUntil: (date: string) => `Snoozed until ${date}`,
    evictionInDays: (days: number) =>
      days <= 0 ? 'Eviction today' : days === 1 ? 'Eviction tomorrow' : `Eviction in ${days} days`,
    snoozedToDeadline: (date: string) =>
      `Snoozed until ${date}, which is the deadline: it cannot be snoozed any longer.`,
    handOver: 'Hand over',
    handOverTo: 'Hand over to a colleague',
    chooseColleague: 'Choose colleague',
    handedTo: (name: string, byName: string, date: string) =>
      `Handed over to ${name} by ${byName} ${date}`,
    handedToYou: (byName: string) => `Handed over to you by ${byName}`,
    to: (name: string) => `to ${name}`,
    undelivered: (lines: readonly string[]) =>
      'Husly could not deliver ' +
      (lines.length === 1 ? 'this reminder' : `these ${lines.length} reminders`) +
      ` as a card: ${lines.join('; ')}. Type «reminders» to see them.`,
    undeliveredLine: (reference: string, title: string, date: string) =>
      `case ${reference} – ${title} (${date})`,
    listTitle: 'Upcoming reminders',
    listEmpty: 'No upcoming reminders for your cases.',
    undeliveredTitle: 'Could not be delivered – follow up yourself',
    undeliveredNoticesTitle: 'Notices that did not arrive – let them know yourself',
    noticeKinds: {
      'case.forUnit': 'new case for the unit',
      'case.forCoordinator': 'new concern for the case lead',
      'case.involvedAlert': 'notice to involved unit',
      'case.handedOver': 'handover',
      'case.acute': 'without a roof over their head tonight',
      'case.breakGlass': 'emergency access',
      'case.accessGranted': 'access given',
      'lookup.throttled': 'lookups stopped',
      'case.handOverProposed': 'handover proposal',
      'case.levelReview': 'level review',
      'case.handOverAnswered': 'answer to handover',
      'plan.newCaseElsewhere': 'new case for the person in a goal plan',
      'unit.worklist': "this week's worklist",
    },
    timelineTitle: (reference: string) => `Follow-up plan for case ${reference}`,
    timelineEmpty: 'The case has no dates to follow up yet.',
    law: '§',
    statuses: {
      pending: 'Planned',
      claimed: 'Sending now',
      sent: 'Sent',
      dead: 'Not delivered',
      cancelled: 'Cancelled',
      done: 'Done',
      handed: 'Handed over',
    },
    kinds: {
      P0: [
        'Arrears reported by debt collection (innfordring) or housing',
        'Try to make contact with the person today, or arrange a home visit. If the ' +
          'municipality is the landlord, no notice under the Enforcement Act ' +
          '(tvangsfullbyrdelsesloven) § 4-18 may be sent before contact has been attempted.',
      ],
      P5: [
        'Has contact been made?',
        'If not: home visit. Let debt collection (innfordring) know that contact has been ' +
          'attempted.',
      ],
      D0: [
        'The rent was not paid when due',
        'From today, the landlord can send a notice under the Enforcement Act ' +
          '(tvangsfullbyrdelsesloven) § 4-18. Ask the person whether they have received a letter.',
      ],
      D3: [
        'Contact the person',
        'Check housing allowance (bostøtte), income and deductions from benefits, and offer ' +
          'financial counselling (the Social Services Act, sosialtjenesteloven § 17).',
      ],
      D7: [
        'The rent is still unpaid',
        'Make sure the person gets help to apply for financial assistance (økonomisk stønad; ' +
          'the Social Services Act, sosialtjenesteloven §§ 18–19), and contact the landlord ' +
          'about a repayment agreement.',
      ],
      D1M: [
        'The next rent is due',
        'If this is also unpaid, consider a rent deduction (husleietrekk) or voluntary ' +
          'financial management (frivillig forvaltning).',
      ],
      N0: [
        'The landlord has notified NAV (the Tenancy Act, husleieloven § 9-11)',
        'Contact the person now. The landlord can petition for eviction about two weeks after ' +
          'the notice.',
      ],
      N10: [
        'The landlord can soon petition for eviction',
        'Has financial assistance been applied for, or repayment agreed with the landlord?',
      ],
      V0: [
        'Notice under the Enforcement Act (tvangsfullbyrdelsesloven) § 4-18 received',
        'Apply for financial assistance (økonomisk stønad; the Social Services Act, ' +
          'sosialtjenesteloven §§ 18–19) now, and contact the landlord.',
      ],
      'R-7': [
        'One week until the landlord can petition for eviction',
        'Has a decision on financial assistance been made and payment to the landlord agreed?',
      ],
      'R-2': [
        'The landlord can soon petition for eviction',
        'If no solution has been found, raise the case with your manager today.',
      ],
      R0: [
        'The landlord can now petition for eviction',
        'From today, the landlord can send a petition for eviction to the enforcement officer ' +
          '(namsmannen).',
      ],
      B0: [
        'Letter from the enforcement officer (namsmannen) about a petition for eviction',
        'The resident has 14 days from receiving the letter to lodge an objection ' +
          '(innsigelse). Start an application for financial assistance now.',
      ],
      Bnav0: [
        'NAV has received a copy of a letter from the enforcement officer (namsmannen)',
        'The deadline for objection is uncertain: it runs from when the resident received the ' +
          'letter. Ask to see the letter, and register the deadline stated in it.',
      ],
      'O-4': [
        'Objection or payment?',
        'Clarify with the resident whether there are grounds for an objection, or whether the ' +
          'whole claim can be paid before the deadline.',
      ],
      O0: [
        'The deadline for objection expires today',
        'After that, the enforcement officer (namsmannen) can set a date for eviction.',
      ],
      'F-14': [
        'Two weeks until eviction',
        'The whole claim can be paid until the locks are changed; if it has been paid, confirm ' +
          'with the landlord that the petition has been withdrawn. Arrange temporary ' +
          'accommodation if necessary.',
      ],
      'F-7': [
        'One week until eviction',
        'The whole claim can be paid until the locks are changed. A postponement requires the ' +
          'landlord’s consent. Arrange temporary accommodation if necessary.',
      ],
      'F-2': [
        'Two days until eviction',
        'Temporary accommodation (the Social Services Act, sosialtjenesteloven § 27) must be ' +
          'ready.',
      ],
      'F-1': [
        'Eviction tomorrow',
        'Confirm with the landlord and the enforcement officer (namsmannen) whether the ' +
          'eviction goes ahead. Only the landlord can agree to a postponement.',
      ],
      F0: [
        'Eviction day',
        'The whole claim can still be paid until the locks are changed. Make sure temporary ' +
          'accommodation is ready (the Social Services Act, sosialtjenesteloven § 27).',
      ],
      F14: [
        'First deadline for collecting belongings',
        'Help the resident collect their belongings or have them stored.',
      ],
      F28: [
        'New deadline for belongings (see the enforcement officer’s letter)',
        'The enforcement officer (namsmannen) sends a new notice; the total deadline is about ' +
          'four weeks. Register the date from the letter.',
      ],
      E0: [
        'Final deadline for belongings',
        'The deadline from the enforcement officer’s second letter expires today.',
      ],
      'K-90': [
        'The tenancy agreement ends in three months',
        'Clarify a new agreement or the next step on the housing ladder (for example a ' +
          'start-up loan, startlån).',
      ],
      K0: [
        'The tenancy agreement ends today',
        'Is a new agreement in place, or does the person have somewhere else to live?',
      ],
      K90: [
        'Three months since the tenancy agreement ended',
        'If the landlord has not given a written request to move out by now, the tenancy may ' +
          'have become one of indefinite duration. Check with the landlord.',
      ],
      S0: [
        'Notice of termination from the landlord',
        'The tenant can protest in writing within one month (the Tenancy Act, husleieloven ' +
          '§ 9-8). Clarify whether there are grounds for a protest.',
      ],
      'Sp-7': [
        'One week until the protest deadline',
        'Should a protest against the notice of termination be sent? Help the tenant write it.',
      ],
      Sp0: [
        'The protest deadline expires today',
        'Without a written protest, the landlord can demand eviction when the notice period ' +
          'is over.',
      ],
      'D-catchup': [
        'The case came in late: do this now',
        'Contact the person, check housing allowance (bostøtte), help with an application for ' +
          'financial assistance (the Social Services Act, sosialtjenesteloven §§ 18–19) and ' +
          'contact the landlord about a repayment agreement.',
      ],
      'F-soon': [
        'Eviction shortly',
        'The eviction date is less than two weeks away. Secure payment or temporary ' +
          'accommodation (the Social Services Act, sosialtjenesteloven § 27) now.',
      ],
      'case.acuteUntaken': [
        'Urgent case without a case lead',
        'The person is without a roof over their head tonight, and nobody has taken the case ' +
          'for two hours. Assign it now.',
      ],
      'case.untaken': [
        'Case without a case lead',
        'Nobody in the unit has taken the case for one working day. Assign it.',
      ],
      'measure.soon': [
        'A measure is approaching its deadline',
        'Check the status in the goal plan.',
      ],
      'measure.due': ['A measure is due today', 'Update the status in the goal plan.'],
      'measure.overdue': [
        'A measure is overdue',
        'The deadline has passed. Follow up with the person responsible.',
      ],
      'measure.escalated': ['A measure is still overdue', 'Sent to the manager.'],
      'evaluation.soon': ['Evaluation coming up', 'Prepare the evaluation of the goal plan.'],
      'evaluation.due': ['Evaluation today', 'Record the evaluation in the goal plan.'],
      'phase.start': [
        'New phase in the CTI follow-up',
        'See the goal plan for the phase and how often to be in contact.',
      ],
      'staff.reassign': [
        'The case needs a new case lead',
        'The case lead (saksansvarlig) has left or changed unit. Choose a new one with ' +
          '«hand over» and the case number.',
      ],
      'case.breakGlass': [
        'Emergency access has been used in the case',
        'Someone without access has opened the case to avert danger to life or health. ' +
          '«give access» and the case number shows who and until when; ' +
          '«access review» shows the justification.',
      ],
      'handover.unanswered': [
        'Handover proposal not answered',
        'Another unit has proposed handing the case over to your unit, and nobody has ' +
          'answered for one working day. Accept or decline on the proposal card.',
      ],
    },
  },
  routing: {
    title: 'Who gets new cases',
    byDefault: 'default',
    hint:
      'An administrator changes this with «routing [type] [unit]», ' +
      'for example «routing husleierestanse nav-bolig». ' +
      'Types: husleierestanse (rent arrears), varsel (notice under § 4-18), namsmann (letter ' +
      'from the enforcement officer), utkastelsesdato (eviction date), annet (other). ' +
      'Exception: a new case at level 1 (advice and guidance, with no urgent need, notice, ' +
      'letter from the enforcement officer, eviction date or notice from the landlord to NAV) ' +
      'stays with the reporting unit when that unit follows up people itself.',
    changed: (type: string, unit: string) => `New cases about ${type} now go to ${unit}.`,
  },
  classification: {
    title: (reference: string) => `Change level or category for case ${reference}`,
    level: 'Level',
    reason: 'Why?',
    submit: 'Save',
    done: (reference: string) =>
      `Case ${reference} has been changed. Who, when and why have been saved.`,
    tildelingAsked: (unit: string, reached: Reach) =>
      `From level 2, follow-up is the allocation team’s (tildelingsteamet) job: ${unit} has ` +
      'been asked whether the case should stay with you or be taken over by them. You will ' +
      'get the answer here.' +
      notYetReached(unit, reached),
    change: 'Change level/category',
  },
  resolution: {
    markPaid: 'Arrears paid',
    close: 'Close case',
    paidTitle: (reference: string) => `The arrears have been paid – case ${reference}`,
    paidExplain:
      'Reminders about the rent arrears and the notice stop. If an eviction date has been ' +
      'set, Husly keeps notifying until that date: only the landlord can withdraw the ' +
      'petition to the enforcement officer (namsmannen).',
    paidDate: 'Date all the arrears were paid',
    paidSubmit: 'Register payment',
    paidDone: (reference: string, evictionDate: string | null) =>
      evictionDate
        ? `The arrears in case ${reference} have been registered as paid. ` +
          `Reminders about the arrears have stopped, but the eviction date ${evictionDate} is ` +
          `still notified until the landlord has withdrawn the petition.`
        : `The arrears in case ${reference} have been registered as paid. ` +
          `Reminders about the arrears have stopped.`,
    closeTitle: (reference: string) => `Close case ${reference}`,
    closeExplain:
      'All planned reminders for the case are stopped. The case cannot be changed afterwards; ' +
      'a new concern for the same person opens a new case.',
    closeReason: 'Why is the case being closed?',
    closeNote: 'Note (required for «Other»; do not write health information)',
    closeSubmit: 'Close the case',
    closeDone: (reference: string) =>
      `Case ${reference} has been closed, and all planned reminders have been stopped.`,
    paidOn: (date: string) => `The arrears were paid on ${date}`,
    closedBecause: (reason: string) => `Closed: ${reason}`,
    needReference:
      'Type the case number, for example «arrears paid 2026-0004» ' + 'or «close case 2026-0004».',
  },
  events: {
    labels: {
      'kontakt-opprettet': 'First contact with the resident',
      'stonad-sokt': 'Application for financial assistance sent',
      'stonad-vedtak': 'Decision on financial assistance',
      'stonad-utbetalt': 'Assistance paid to the landlord',
      nedbetalingsavtale: 'Repayment agreement made',
      'begjaering-trukket': 'Petition withdrawn',
      'utsettelse-avtalt': 'Postponement agreed',
      'ny-utkastelsesdato': 'New eviction date',
      'innsigelse-sendt': 'Objection sent',
      'midlertidig-botilbud': 'Temporary accommodation from',
      'bolig-sikret': 'Home secured',
      betalt: 'Arrears paid',
    },
    decisions: { innvilget: 'granted', avslatt: 'refused' },
    record: 'Record event',
    title: (reference: string) => `What has been done or decided? Case ${reference}`,
    explain:
      'Press what has been done. It is saved with today’s date and your name, and the ' +
      'reminders are adjusted. Assistance means financial assistance (økonomisk stønad) under ' +
      'the Social Services Act (sosialtjenesteloven) §§ 18–19. A postponement must be agreed ' +
      'by the landlord.',
    afterDone: 'Record what was done (with today’s date):',
    formTitle: (label: string, reference: string) => `${label} – case ${reference}`,
    decision: 'Outcome',
    amount: 'Amount in kroner (may be left empty)',
    covers: 'The payment covers all the arrears',
    newEvictionDate: 'New eviction date',
    accommodationFrom: 'Temporary accommodation from',
    contactDay: 'The day contact was made',
    submit: 'Record',
    recorded: (label: string, reference: string, date: string) =>
      `«${label}» has been recorded in case ${reference} (${date}).`,
    alreadyRecorded: (label: string, reference: string, date: string) =>
      `«${label}» had already been recorded in case ${reference} (${date}). Nothing has been ` +
      'changed.',
    paidEffect: (evictionDate: string | null) =>
      evictionDate
        ? `Reminders about the arrears and the notice have stopped. The eviction date ` +
          `${evictionDate} is still notified until it has been recorded that the petition has ` +
          'been withdrawn.'
        : 'Reminders about the arrears and the notice have stopped.',
    effects: {
      'kontakt-opprettet': 'Reminders to get in contact with the person have stopped.',
      'begjaering-trukket':
        'Reminders about the eviction date and the deadline for objection have stopped.',
      'innsigelse-sendt': 'Reminders about the deadline for objection have stopped.',
      'utsettelse-avtalt': 'Register the new eviction date when it is known.',
      nedbetalingsavtale:
        'Reminders about contact, application and repayment have stopped. The statutory ' +
        'deadlines are still notified: an agreement is not payment, and the landlord can still ' +
        'petition for eviction.',
      'bolig-sikret':
        'Reminders about following up the arrears and the eviction have stopped. The statutory ' +
        'deadlines (notice, objection, eviction, belongings, tenancy agreement and notice of ' +
        'termination) are still notified; close the case when the follow-up is finished.',
    },
    newDateEffect: (date: string) =>
      `The eviction date is now ${date}, and the reminders have been moved accordingly.`,
    accommodationEffect: (date: string) =>
      `Temporary accommodation from ${date} has been saved on the case.`,
    listTitle: 'What has been done and decided',
    line: (date: string, what: string, by: string) => `${date}: ${what} (${by})`,
    amountShown: (amount: string) => `NOK ${amount}`,
    covering: 'covers all the arrears',
    needReference: 'Type the case number, for example «record event 2026-0004».',
  },
  accessReview: {
    title: 'Access review',
    allUnits: 'All units',
    categories: {
      'lookup-without-relation': 'Lookup without a connection to the case',
      'many-people': 'Many different people',
      'break-glass': 'Emergency access',
      'outside-working-hours': 'Outside working hours',
      throttled: 'Blocked (too many lookups)',
    },
    none: 'No findings in the period.',
    latest: (shown: number, total: number) =>
      shown < total
        ? `Latest ${shown} of ${total} findings`
        : `All ${total} findings, latest first`,
    at: (date: string, time: string) => `${date} at ${time}`,
    people: (n: number) => `${n} people`,
    unknownStaff: 'Unknown employee',
    footer:
      'The card shows employees and case numbers, not who the lookups were about. ' +
      'Whoever runs Husly can export the full list, with the justifications for emergency ' +
      'access, as a spreadsheet.',
  },
  /** "rapport" (issue 12 §3): the period card, and the download link in personal chat. */
  report: {
    title: 'Report',
    intro:
      'The overview’s indicators per month and unit, the half-year figures for Husbanken and ' +
      'the KOSTRA figures for evictions from municipal housing. Counts only: no names or ' +
      'identity numbers, and 1–4 below the whole municipality shown as “< 5”. The file is in ' +
      'Norwegian.',
    preset: 'Period',
    presets: {
      dates: 'The dates below',
      lastHalf: (span: string) => `Last full half-year (${span})`,
      halfSoFar: (span: string) => `This half-year so far (${span})`,
      lastYear: (year: string) => `All of ${year} (for KOSTRA)`,
    },
    from: 'From',
    to: 'To (inclusive)',
    format: 'File format',
    formats: { xlsx: 'Excel (.xlsx)', csv: 'CSV for Excel (.csv)' },
    submit: 'Make the report',
    ready: 'Your report can be downloaded',
    readyBody: (span: string) => `Report for ${span}.`,
    linkNote:
      'The link works for 15 minutes. Husly makes the file when the link is opened and checks ' +
      'your access again then. Do not share it: whoever has the link can download the report. ' +
      'If you need a new one, write “report”.',
    download: 'Download the report',
  },
  myCases: {
    title: 'My cases',
    empty: 'You are not the case lead for any open cases, and your unit owns no open cases.',
    adminEmpty:
      'Administrators do not see cases or people in Husly. «my cases» shows ' +
      'caseworkers, coordinators and managers the cases they and their unit have.',
    asCoordinator: 'you are the case lead',
    asUnit: 'your unit owns it',
  },
  /** The worklist for the weekly boligmøte (issue 12 §1): reference, unit, what is due. */
  worklist: {
    title: 'Worklist for the housing meeting',
    channelTitle: (unit: string) => `Worklist for the housing meeting: ${unit}`,
    intro: (date: string) =>
      `Cases that need a decision this week, as of ${date}. Legal deadlines first, then by date.`,
    channelIntro: (date: string) =>
      `Cases the unit owns that need a decision this week, as of ${date}. What is due is ` +
      'behind «Open case».',
    channelDue: (date: string) => `Due: ${date}`,
    channelOpen: 'Needs a decision',
    showing: (shown: number, total: number) =>
      `Showing ${shown} of ${total}, the most pressing first.`,
    empty:
      'None of your cases needs a decision this week: no deadline is close, and every case is ' +
      'taken and followed up. Have a good week!',
    channelEmpty: (unit: string) =>
      `None of ${unit}'s cases needs a decision this week. Have a good week!`,
    /** The law, in full the first time a card names it, then by its short form. */
    law: { full: 'the Enforcement Act (tvangsfullbyrdelsesloven)', short: 'the Enforcement Act' },
    reasons: {
      acute: 'Without a roof tonight',
      evictionSoon: (date: string) => `Eviction ${date}`,
      objectionOpen: (date: string, law: string) =>
        `The time to object runs out ${date} (${law} § 13-6)`,
      objectionUnknown: (law: string) =>
        `The time to object (${law} § 13-6) is unknown: NAV only has its copy of the ` +
        "enforcement officer's letter",
      requestSoon: (date: string, law: string) =>
        `Earliest petition for eviction ${date} (14 days after a notice under ${law} § 4-18)`,
      untaken: 'Nobody has taken the case',
      untakenSince: (date: string) => `Nobody has taken the case (registered ${date})`,
      missing: {
        vedtak: 'Level 3–4 without a decision (vedtak)',
        plan: 'Level 3–4 without a plan',
        'vedtak-and-plan': 'Level 3–4 without a decision (vedtak) or plan',
      },
      measureOverdue: (date: string) => `Measure overdue since ${date}`,
      evaluationOverdue: (date: string) => `Evaluation overdue since ${date}`,
      neverContacted: (date: string) => `Not contacted since it was registered ${date}`,
    },
  },
  /** The overview with charts (issue 12 §2): counts only, small numbers suppressed. */
  overview: {
    title: (scope: string) => `Overview: ${scope}`,
    wholeMunicipality: 'The whole municipality',
    period: (from: string, to: string) => `Period ${from} to ${to}.`,
    asOf: (date: string) => `Open cases as of ${date}.`,
    filters: {
      unit: 'Unit',
      period: 'Period',
      from: 'From',
      to: 'To',
      hint: 'Choose a unit and a period, or enter from and to dates.',
      refresh: 'Update',
    },
    presets: {
      last30: 'Last 30 days',
      thisHalf: 'This half-year',
      lastHalf: 'Last half-year',
      thisYear: 'This year',
      lastYear: 'Last year',
      custom: 'Own period (from and to)',
    },
    /** Typed after «oversikt» for the whole municipality, separated by «|». */
    wholeWords: 'whole municipality|municipality|all|everything',
    unknownUnit: (units: string) => `No unit matches that. The units are: ${units}.`,
    open: {
      heading: 'Open cases',
      total: 'Open cases in all',
      byLevel: 'By level',
      byPhase: 'By urgency',
      byCategory: 'By category',
      byUnit: 'By unit',
      none: 'No open cases.',
    },
    phases: {
      akutt: 'Without a roof',
      'dato-satt': 'Eviction date set',
      begjaert: 'Eviction petitioned',
      varsel: 'Notice given',
      'etter-utkastelse': 'After eviction',
      'for-varsel': 'Before notice',
      'uten-frist': 'No deadline',
    },
    movement: {
      heading: 'Movement between levels in the period',
      moves: {
        'rod-gul': 'From red to yellow',
        'gul-gronn': 'From yellow to green',
        'rod-gronn': 'From red to green',
        'gronn-gul': 'From green to yellow',
        'gul-rod': 'From yellow to red',
        'gronn-rod': 'From green to red',
      },
    },
    outcomes: {
      heading: 'Evictions prevented and carried out',
      intro: 'Cases closed in the period that had a notice or a petition for eviction.',
      prevented: 'Prevented (home secured)',
      evicted: 'Evicted',
      landlord: 'Landlord',
      unknownLandlord: 'Unknown landlord',
    },
    legal: {
      heading: 'Legal steps registered in the period',
      step: 'Step',
      /** Short column headings: a narrow table breaks long words mid-word. */
      columns: { kommunal: 'Municipal', privat: 'Private', ukjent: 'Unknown' },
      steps: {
        'varsel-4-18': 'Notice under the Enforcement Act § 4-18',
        'varsel-9-11': 'Notice to NAV under the Tenancy Act § 9-11',
        begjaering: 'Petition for eviction',
        utkastelse: 'Eviction carried out',
      },
    },
    more: {
      heading: 'Also in the period',
      newCases: 'New cases',
      firstContact: 'From first concern to first contact (median)',
      days: (days: string, cases: string) => `${days} days (${cases} cases)`,
      money: 'Financial assistance granted to prevent eviction (Social Services Act §§ 18–19)',
      kroner: (amount: string, cases: string) => `NOK ${amount} (${cases} cases)`,
      tooFew: (cases: string) => `too few cases to show (${cases})`,
      households: 'Households with children',
      children: 'Children',
    },
    total: 'In all',
    hidden: 'hidden',
    about: (n: string) => `about ${n}`,
    notDrawn: (items: string) => `Not drawn: ${items}.`,
    footnote:
      '«< 5» means 1–4 cases: small numbers below the whole municipality are not shown, so ' +
      'nobody can be recognised. Other numbers below the whole municipality are rounded to the ' +
      'nearest 5 («about»). «hidden» is a number that could otherwise be worked out from the ' +
      'total. «< 5» and «hidden» are not drawn in the charts.',
  },
  denied: {
    refused: (task: string) => `You do not have access to ${task}.`,
    task: {
      read: 'see the content of the case',
      take: 'take the case',
      handOver: 'hand over the case',
      classify: 'change the level or category of the case',
      grantAccess: 'give other units access to the case',
      consent: 'register or withdraw consent (samtykke) in the case',
      breakGlass: 'use emergency access (nødtilgang) in the case',
      markPaid: 'register that the arrears have been paid',
      close: 'close the case',
      recordEvent: 'record events in the case',
      planCreate: 'start a goal plan (målplan) for the case',
      planRead: 'see the goal plan (målplan) for the case',
      planChange: 'change the goal plan',
      reminder: 'do anything with this reminder',
      linkChannel: 'link a channel to a unit',
      routing: 'change which unit gets new cases',
      accessReview: 'see the access review',
      worklist: 'see the worklist',
      overview: 'see the overview',
      report: 'get the report',
      worklistSchedule: 'decide when the worklist is posted in the channel',
    },
    owned: (reference: string, unit: string, coordinator: string | null) =>
      `Case ${reference} is owned by ${unit}` +
      (coordinator
        ? ` (case lead, saksansvarlig: ${coordinator}).`
        : ' (no case lead, saksansvarlig, yet).'),
    who: {
      leaders:
        'The case lead and the coordinators and managers in the unit that owns the case can ' +
        'do this.',
      owners: 'The case lead and the people who work in the unit that owns the case can do this.',
      caseworkers:
        'Caseworkers, coordinators and managers in the unit that owns the case can do this.',
      workers:
        'The case lead, the unit that owns the case, and units that have been given access to ' +
        'it can do this.',
      readers:
        'The case lead, the unit that owns the case, and units that have been given access to ' +
        'it or are included in the person’s consent can do this.',
      planReaders:
        'The case lead, the unit that owns the case, and units included in the person’s ' +
        'consent can do this. A unit with a measure in the plan sees its own measures.',
      breakGlass:
        'Emergency access is for caseworkers, coordinators and managers who do not already ' +
        'have access to the case, when life or health is in danger.',
      admins: 'Only Husly administrators can do this.',
      ownUnitLeaders: 'Managers can do this, for their own unit.',
      casework: 'Caseworkers, coordinators and managers can do this, for their own cases.',
      overviewReaders: 'Coordinators, managers and administrators can do this.',
      reportReaders: 'Managers and administrators can do this.',
      unitLeaders: "The unit's managers and administrators can do this, in the unit's channel.",
    },
    contact: (unit: string, coordinator: string | null) =>
      coordinator ? `${coordinator} (case lead)` : unit,
    askColleagues: (reference: string, coordinator: string | null) =>
      coordinator
        ? `Ask ${coordinator} (case lead) or a manager in your unit.`
        : 'Ask a coordinator or manager in your unit, or take the case yourself with ' +
          `«take case ${reference}» and become case lead.`,
    askOwner: (contact: string) => `Raise it with ${contact}.`,
    askOwnerOrAccess: (contact: string, reference: string) =>
      `Raise it with ${contact}, or ask for your unit to be given access ` +
      `(they give it with «give access ${reference}»).`,
    askAccess: (contact: string, reference: string) =>
      `If your unit needs the case in its work, ask ${contact} to give you access ` +
      `with «give access ${reference}».`,
    askConsent: (contact: string, reference: string) =>
      `If your unit needs the goal plan, ${contact} can register the person’s consent ` +
      `(samtykke) to share it with you («consent ${reference}»).`,
    breakGlassIfUrgent: (reference: string) =>
      `If life or health is in danger and it is urgent, use «emergency access ${reference}». ` +
      'It is logged, and the managers of the unit that owns the case are told.',
    adminNoContent: (contact: string) =>
      `Administrators do not see case content in Husly. If the case needs something, raise it ` +
      `with ${contact}.`,
    findOwner:
      'Type «who owns» and the case number to see who owns the case, and who you can contact.',
    askAdmin: 'Ask a Husly administrator in the municipality to do it.',
    askRole: 'If you need it for your work, ask your manager for the role in Husly.',
    askLeader: 'If you need to see who has looked up cases, ask your manager.',
  },
  errors: {
    'HANDOVER.UNIT_REQUIRED': 'Choose which unit the case is to be handed over to.',
    'HANDOVER.PROPOSAL_NOT_FOUND': 'The handover proposal was not found.',
    'HANDOVER.NOT_RECEIVING_UNIT':
      'Only caseworkers, coordinators and managers in the unit the case is proposed to be ' +
      'handed over to can answer the proposal.',
    'HANDOVER.DECLINE_REASON_REQUIRED':
      'Write why you are declining (at most 500 characters). Whoever proposed the handover ' +
      'gets the reason.',
    'HANDOVER.STALE':
      'The proposal no longer applies: the case has since been moved or closed. Nothing has ' +
      'been changed.',
    'STATISTICS.INVALID_PERIOD':
      'The period needs a valid from and to date (YYYY-MM-DD), and from cannot be after to.',
    'STATISTICS.PERIOD_TOO_LONG': 'The period can be at most five years.',
    'WORKLIST.INVALID_SCHEDULE':
      'Write a weekday and a time, for example "worklist every Monday 08:30".',
    'ACCESS.DENIED': 'You do not have access to do this.',
    'CHANNEL.NOT_A_CHANNEL':
      'This must be done in the channel where the unit is to be reached, not in a chat.',
    'UNIT.NOT_FOUND': 'No unit found with that key.',
    'ACTOR.NOT_REGISTERED': 'You are not registered as a Husly user.',
    'TENANT.NOT_ALLOWED': 'Husly is not available for this organisation.',
    'NATIONAL_ID.EMPTY': 'Enter the national identity number (fødselsnummer) or D number.',
    'NATIONAL_ID.FORMAT': 'The national identity number can only contain digits.',
    'NATIONAL_ID.LENGTH': 'The national identity number must have 11 digits.',
    'NATIONAL_ID.CHECKSUM':
      'The national identity number is not valid (the check digits do not match). ' +
      'Check that it is typed correctly.',
    'NATIONAL_ID.DATE': 'The national identity number does not contain a valid date of birth.',
    'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION':
      'This is a synthetic test number and cannot be used in production.',
    'LOOKUP.NOT_FOUND': 'No case found.',
    'LOOKUP.PURPOSE_REQUIRED': 'Choose why you are looking up the person.',
    'LOOKUP.PURPOSE_NOTE_REQUIRED':
      'Write briefly why you are looking up the person (at most 200 characters).',
    'LOOKUP.NAME_TOO_SHORT':
      'Type the full name (first name and surname), or name and date of birth, for example ' +
      '«who owns Kari Nordmann» or «who owns Nordmann 12.07.1987».',
    'CASE.NOT_FOUND': 'The case was not found.',
    'CASE.CLOSED': 'The case has been closed.',
    'CASE.ALREADY_TAKEN': 'The case already has a case lead.',
    'HANDOVER.SAME_OWNER': 'The case is already owned by this unit, with the same case lead.',
    'HANDOVER.COORDINATOR_NOT_IN_UNIT':
      'The case lead must work in the unit the case is handed over to.',
    'HANDOVER.NOTE_REQUIRED': 'Write a short reason for the handover (at most 500 characters).',
    'STAFF.NOT_FOUND': 'The employee was not found.',
    'CLASSIFICATION.REASON_REQUIRED':
      'Write why the level or category is being changed (at most 500 characters).',
    'CLASSIFICATION.INVALID': 'Choose a valid level and a valid category.',
    'CLASSIFICATION.UNCHANGED': 'Neither the level nor the category has been changed.',
    'PLAN.CLOSED':
      'The plan is closed and cannot be changed. Start a new goal plan if the person needs one.',
    'PLAN.ELSEWHERE':
      "The person's goal plan follows another of their cases. Write «who owns» and the case " +
      'number to see who has it.',
    'PLAN.EXISTS':
      'The person already has a goal plan, and each person has only one. If it is not on this ' +
      "case, it is with the unit that had the person's previous case: ask it to move the plan " +
      "here, with the person's consent, if you are to follow it up.",
    'PLAN.NOT_FOUND': 'The case has no goal plan yet.',
    'PLAN.INVALID': 'Something in the goal plan needs correcting. See the notes in the form.',
    'REMINDER.NOT_FOUND': 'The reminder was not found.',
    'REMINDER.CHOOSE_COLLEAGUE':
      'Choose a colleague in the unit that owns the case (not yourself).',
    'RESOLUTION.INVALID_DATE': 'Enter the date the arrears were paid (today or earlier).',
    'RESOLUTION.ALREADY_PAID': 'The arrears have already been registered as paid.',
    'RESOLUTION.REASON_REQUIRED':
      'Choose why the case is being closed. For «Other», you must write a short ' +
      'explanation (at most 500 characters).',
    'ROUTING.UNKNOWN_TYPE':
      'Unknown type. Use husleierestanse, varsel, namsmann, utkastelsesdato or annet.',
    'LOOKUP.AMBIGUOUS':
      'Several people with this name have a case. Type the date of birth too, ' +
      'for example «Kari Nordmann 12.07.1987», or use the national identity number.',
    'LOOKUP.EXPIRED':
      'The lookup is too old or not yours. Type «who owns» and ' +
      'what you are looking for again.',
    'LOOKUP.THROTTLED':
      'You have made many lookups on people in the last hour, so new lookups have been ' +
      'stopped for a while. This has been logged, and your manager sees it in the access ' +
      'review. If it is urgent, contact your manager.',
    'HANDOVER.COORDINATOR_NOT_CASEWORKER':
      'The case lead must be a caseworker, coordinator or manager who ' +
      'still works in the unit.',
    'REMINDER.INACTIVE': 'The reminder is no longer active (done, stopped or handed over).',
    'REMINDER.DEADLINE_TODAY':
      'The deadline is today, so the reminder cannot be snoozed. Do what needs to be done today.',
    'GRANT.OWNER_UNIT': 'The unit already owns the case.',
    'GRANT.NOTE_REQUIRED': 'Write briefly why the unit needs access (at most 300 characters).',
    'CONSENT.INVALID': 'Something in the consent needs correcting. See the notes in the form.',
    'CONSENT.NOT_FOUND': 'The consent was not found, or it has already been withdrawn.',
    'BREAKGLASS.NOT_NEEDED':
      'You already have access to the case and do not need emergency access.',
    'BREAKGLASS.JUSTIFICATION_REQUIRED':
      'Write a justification of 20–500 characters: what danger, and why ' +
      'you need the information now.',
    'CHANNEL.PERSONAL_ONLY':
      'I only show this in personal chat, so nobody else in the channel sees it. ' +
      'Open Husly under Apps in Teams, and type it there.',
    'CASE_EVENT.UNKNOWN_TYPE': 'Choose what has been done or decided.',
    'CASE_EVENT.INVALID_DATE':
      'Enter a valid date (dd.mm.yyyy), at most one year ahead or back in time.',
    'CASE_EVENT.DATE_IN_PAST':
      'The new eviction date cannot be in the past. If the eviction has taken place, ' +
      'report it with a new concern.',
    'CASE_EVENT.DATE_IN_FUTURE': 'The day contact was made cannot be in the future.',
    'CASE_EVENT.INVALID_AMOUNT':
      'The amount must be in whole kroner, for example 12 500, or be left empty.',
    'CASE_EVENT.DECISION_REQUIRED': 'Choose whether the application was granted or refused.',
  },
};
