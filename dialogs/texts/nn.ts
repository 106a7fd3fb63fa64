import type { Reach, Told } from '../../src/domain/notify/notifier.ts';
import type { Texts } from './nb.ts';

/** "A", "A og B", "A, B og C". */
const listed = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} og ${names.at(-1)}` : (names[0] ?? '');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const RETRYING = 'kan ikkje nåast no – Husly prøver igjen.';

/** After a proposal or question to a unit: nothing when it arrived, else what happens now. */
const notYetReached = (unit: string, reached: Reach) =>
  reached === 'reached'
    ? ''
    : reached === 'retrying'
      ? ` ${unit} ${RETRYING}`
      : ` Varselet kom ikkje fram til ${unit} (kanal ikkje kopla eller Husly ikkje installert); ` +
        'kontakt dei gjerne direkte.';

/**
 * Who a set of notices reached, who Husly tries again, and who could not be told: e.g.
 * "Kanalen til Tildelingsteam er varsla. Kari Nilsen kan ikkje nåast no – Husly prøver igjen."
 */
const notified = (told: readonly Told[]) => {
  const names = (reach: Told['reach']) =>
    told
      .filter((t) => t.reach === reach)
      .map((t) => (t.kind === 'unit' ? `kanalen til ${t.name}` : t.name));
  const [reached, retrying, unreached] = [names('reached'), names('retrying'), names('unreached')];
  return [
    reached.length ? `${capitalised(listed(reached))} er varsla.` : null,
    retrying.length ? `${capitalised(listed(retrying))} ${RETRYING}` : null,
    unreached.length
      ? `${capitalised(listed(unreached))} fekk ikkje varselet (kanal ikkje kopla eller Husly ` +
        'ikkje installert).'
      : null,
  ]
    .filter((line) => line !== null)
    .join(' ');
};

/**
 * All user-facing text, in nynorsk: the same shape as the bokmål catalogue (./nb.ts).
 * Command examples in «» are ones Husly understands (dialogs/commands.ts or the intent model);
 * routing types («husleierestanse», «annet», …) and unit keys are codes and stay as typed.
 */
export const nn: Texts = {
  locale: 'nn-NO',
  appName: 'Husly',
  help: {
    title: 'Dette kan Husly hjelpe deg med',
    greeting: (firstName: string) => `Hei, ${firstName}!`,
    intro:
      'Husly samlar det bustadsosiale arbeidet på tvers av einingar, slik at ingen fell mellom ' +
      'to stolar når nokon står i fare for å miste bustaden.',
    commandsHeading: 'Kommandoar',
    adminHeading: 'For administratorar',
    channelNote:
      'I ein kanal svarar Husly berre når du nemner @Husly, og viser berre kven som eig ei sak. ' +
      'Alt anna får du i personleg chat.',
    buttons: { newConcern: 'Meld bekymring', lookup: 'Kven eig saka?', myCases: 'Mine saker' },
    commands: {
      newConcern: {
        title: 'ny bekymring',
        description: 'Meld bekymring for ein person som står i fare for å miste bustaden.',
      },
      arrearsReport: {
        title: 'meld restanse',
        description:
          'For innfordring og bustad: meld ubetalt husleige med ein gong, før det blir varsel ' +
          'om utkasting. Tek under eitt minutt.',
      },
      whoOwns: {
        title: 'kven eig 2026-0004',
        description:
          'Kven eig saka? ' + 'Også med fødselsnummer eller fullt namn (i personleg chat).',
      },
      whoOwnsInChannel: {
        title: 'kven eig 2026-0004',
        description:
          'Kva eining eig saka, og kven kontaktar du? Med saksnummer. ' +
          'Meir om saka får du i personleg chat med Husly.',
      },
      access: {
        title: 'gi tilgang 2026-0004',
        description:
          'Gi ei eining tilgang til saka (tenestleg behov). «samtykke 2026-0004» ' +
          'registrerer samtykket frå personen.',
      },
      breakGlass: {
        title: 'nødtilgang 2026-0004',
        description:
          'Berre ved fare for liv eller helse: les ei sak du ikkje har tilgang til, i 24 timar. ' +
          'Grunngivinga blir logga, og leiarane i eininga som eig saka, blir varsla.',
      },
      accessReview: {
        title: 'tilgangskontroll',
        description: 'For leiarar: oppslag og nødtilgang i eininga dei siste 30 dagane.',
      },
      worklist: {
        title: 'arbeidsliste',
        description:
          'Sakene dine som treng ei avgjerd denne veka, sorterte etter lovfrist: lista til ' +
          'bustadmøtet.',
      },
      overview: {
        title: 'oversikt',
        description:
          'For koordinatorar, leiarar og administratorar: opne saker, rørsle mellom nivå, ' +
          'avverja utkastingar og meir, med diagram. For éi eining og ein periode: ' +
          '«oversikt nav-bolig 2026-01-01 2026-06-30».',
      },
      myCases: {
        title: 'mine saker',
        description: 'Opne saker du koordinerer eller eininga di eig.',
      },
      handOver: {
        title: 'overfør 2026-0004',
        description:
          'Foreslå å overføre ei sak til ei anna eining (dei må godta), eller vel ny ' +
          'saksansvarleg i eiga eining.',
      },
      reminders: {
        title: 'påminningar',
        description:
          'Komande påminningar for sakene dine; «påminningar 2026-0004» viser ' +
          'oppfølgingsplanen for ei sak.',
      },
      resolve: {
        title: 'restansen er betalt 2026-0004',
        description:
          'Stoppar påminningane om restansen. «avslutt sak 2026-0004» avsluttar ' +
          'saka og stoppar alle påminningar.',
      },
      recordEvent: {
        title: 'hending 2026-0004',
        description:
          'Registrer kva som er gjort eller avgjort: søknad om økonomisk stønad, ' +
          'nedbetalingsavtale, begjæringa trekt, ny utkastingsdato og meir. ' +
          'Påminningane blir tilpassa.',
      },
      classify: {
        title: 'endre nivå 2026-0004',
        description: 'Endre nivå (kor mykje oppfølging personen treng) eller kategori for saka.',
      },
      startPlan: {
        title: 'start målplan 2026-0004',
        description:
          'Lag målplan med mål, tiltak, ansvar, fristar og evaluering. ' +
          '«målplan 2026-0004» viser den.',
      },
      take: {
        title: 'ta saka 2026-0006',
        description: 'Bli saksansvarleg for ei sak eininga di eig, når ingen har teke den enno.',
      },
      takeInChannel: {
        title: 'ta saka 2026-0006',
        description:
          'Bli saksansvarleg for ei sak eininga di eig, når ingen har teke den enno. ' +
          'Alle i kanalen ser kven som tok den.',
      },
      help: { title: 'hjelp', description: 'Viser denne oversikta.' },
      cancel: { title: 'avbryt', description: 'Avbryt det du held på med.' },
      routing: {
        title: 'ruting',
        description:
          'Vis eller endre kva eining som får nye saker, t.d. ' +
          '«ruting husleierestanse nav-bolig».',
      },
      linkChannel: {
        title: 'kople kanal',
        description:
          'Skriv «@Husly kople kanal [eining]» i kanalen der eininga skal nåast, ' +
          'til dømes «kople kanal nav-bolig».',
      },
    },
  },
  notRegistered: (admins: readonly { name: string; email: string }[]) =>
    admins.length > 0
      ? `Du er ikkje registrert som brukar av Husly. Kontakt Husly-administrator: ${admins
          .map((a) => `${a.name} (${a.email})`)
          .join(', ')}.`
      : 'Du er ikkje registrert som brukar av Husly. ' +
        'Kontakt IT-avdelinga i kommunen for å få tilgang.',
  unknownCommand: 'Det forstod eg ikkje. Skriv «hjelp» for å sjå kva Husly kan.',
  /** What Husly says when it understood a sentence only partly, or not at all. */
  understanding: {
    chosen: (task: string) => `Valt: ${task}`,
    tooLong: 'Det var ei lang melding. Skriv kort kva du vil gjere, til dømes «mine saker».',
    notUnderstood:
      'Det forstod eg ikkje heilt. Skriv det gjerne med andre ord, eller vel ei oppgåve her:',
    didYouMean: 'Meinte du …?',
    noneOfThese: 'Ingen av desse – vis alt Husly kan',
    /** A suggested task on a button, with what Husly found in the sentence. */
    suggestion: (task: string, argument: string) => (argument ? `${task}: ${argument}` : task),
    greeting: (firstName: string | null) =>
      `Hei${firstName ? `, ${firstName}` : ''}! Skriv kva du treng, til dømes «mine saker», ` +
      '«kven eig 2026-0004» eller «eg vil melde ei bekymring». «hjelp» viser alt Husly kan.',
    thanks: 'Berre hyggeleg! Skriv når du treng noko meir.',
  },
  /** Every task a user may start from a button, and the small card asking what it is about. */
  tasks: {
    labels: {
      help: 'Hjelp',
      cancel: 'Avbryt',
      linkChannel: 'Kople kanal',
      newConcern: 'Meld bekymring',
      arrearsReport: 'Meld restanse',
      whoOwns: 'Kven eig saka?',
      handOver: 'Overfør sak',
      take: 'Ta saka',
      myCases: 'Mine saker',
      startPlan: 'Start målplan',
      showPlan: 'Vis målplan',
      classify: 'Endre nivå',
      routing: 'Ruting',
      reminders: 'Påminningar',
      arrearsPaid: 'Restansen er betalt',
      closeCase: 'Avslutt sak',
      recordEvent: 'Registrer hending',
      grantAccess: 'Gi tilgang',
      consent: 'Samtykke',
      breakGlass: 'Nødtilgang',
      accessReview: 'Tilgangskontroll',
      worklist: 'Arbeidsliste',
      overview: 'Oversyn',
      report: 'Rapport',
      worklistSchedule: 'Arbeidsliste kvar veke',
    },
    askCase: {
      title: (task: string) => `${task}: kva sak gjeld det?`,
      label: 'Saksnummer',
      placeholder: 'Til dømes 2026-0004',
    },
    askPerson: {
      title: (task: string) => `${task}: kven gjeld det?`,
      label: 'Saksnummer, fødselsnummer eller fullt namn',
      placeholder: 'Til dømes 2026-0004',
    },
    go: 'Hald fram',
    /** The argument typed on the small card is missing. */
    missing: 'Skriv saksnummeret (til dømes 2026-0004), så held Husly fram.',
  },
  /** A card press whose data its verb's schema refuses, with no more precise message. */
  cardInvalid:
    'Husly kunne ikkje lese det som kom frå kortet, så ingenting er endra. ' +
    'Start på nytt med kommandoen (skriv «hjelp» for å sjå dei).',
  labels: {
    categories: {
      'uten-egen-bolig': 'Utan eigen bustad',
      'fare-for-a-miste-bolig': 'Står i fare for å miste bustaden',
      'uegnet-bolig': 'Bur i ueigna bustad eller bumiljø',
    },
    subcategories: {
      'uten-tak-over-hodet': 'utan tak over hovudet i natt',
      'akutt-midlertidig': 'i akutt eller mellombels butilbod',
      'institusjon-uten-bolig':
        'skal ut av fengsel eller institusjon innan to månader og har ikkje bustad',
      'hos-venner-familie': 'bur mellombels hos vener eller familie',
      asylmottak: 'i asylmottak, ikkje busett innan målsett tid',
      'utkastelse-tvangssalg': 'utkasting eller tvangssal er begjært',
      'uten-gyldig-kontrakt': 'utan gyldig leigekontrakt eller vern etter husleigelova',
      'hoye-boutgifter': 'buutgifter i mishøve til inntekta',
      'darlig-standard': 'dårleg standard',
      'ikke-tilpasset': 'ikkje tilpassa behovet',
      'for-liten': 'for liten bustad',
      'uonsket-hos-foreldre': 'bur hos foreldra mot sin vilje',
      'vanskelig-bomiljo': 'vanskeleg bumiljø',
    },
    levels: {
      1: 'Nivå 1 (grønt)',
      2: 'Nivå 2 (gult)',
      3: 'Nivå 3 (raudt)',
      4: 'Nivå 4 (raudt)',
    },
    statuses: { open: 'Open', closed: 'Avslutta' },
    closeReasons: {
      'bolig-sikret': 'Bustaden er sikra (restansen er ordna, ingen fare lenger)',
      'leieforhold-avsluttet': 'Leigeforholdet er avslutta',
      flyttet: 'Bebuaren har flytta til ein annan bustad',
      utkastet: 'Utkastinga er gjennomført',
      annet: 'Anna',
    },
    concernTypes: {
      akutt: 'utan tak over hovudet i natt',
      utkastelsesdato: 'dato for utkasting',
      namsmann: 'brev frå namsmannen om begjæring om utkasting',
      varsel: 'varsel etter tvangsfullføringslova § 4-18',
      oppsigelse: 'oppseiing frå utleigar',
      utleiervarsel: 'varsel frå utleigar til NAV (husleigelova § 9-11)',
      husleierestanse: 'husleigerestanse',
      kontraktslutt: 'tidsavgrensa leigekontrakt går ut',
      annet: 'anna',
    },
    landlords: { kommunal: 'Kommunal utleigar', privat: 'Privat utleigar' },
    /** Where a concern comes from: who knew first and told us. */
    sources: {
      beboer: 'Personen sjølv',
      utleier: 'Utleigar (varsel etter husleigelova § 9-11)',
      namsmann: 'Namsmannen (tvangsfullføringslova § 13-6)',
      innfordring: 'Innfordring',
      tjeneste: 'Ei anna teneste',
      parorende: 'Pårørande',
      'kriminalomsorg-helse':
        'Kriminalomsorga eller spesialisthelsetenesta (før lauslating eller utskriving)',
      'ikke-oppgitt': 'Ikkje oppgitt',
    },
    tenures: {
      kommunal: 'Kommunal bustad',
      privat: 'Privat leige',
      eid: 'Eig sjølv',
      midlertidig: 'Mellombels butilbod',
      institusjon: 'Institusjon',
    },
    /** Has the tenant reserved against the landlord's notices to NAV (husleigelova § 9-11)? */
    reservations: {
      ja: 'Ja, har reservert seg',
      nei: 'Nei, har ikkje reservert seg',
      'vet-ikke': 'Veit ikkje',
    },
    arrearsReminders: {
      ingen: 'Inga purring sendt',
      purring: 'Purring sendt',
      inkassovarsel: 'Inkassovarsel sendt',
    },
    sharingBases: {
      samtykke: 'Samtykke frå personen (vel einingane nedanfor)',
      lovhjemmel:
        'Heimel i lov (NAV-lova § 7 / sosialtenestelova § 44, innanfor oppgåvene til NAV)',
      'avverge-fare': 'Avverje fare for liv eller helse (forvaltningslova § 13 b nr. 7)',
      'meldeplikt-barnevern': 'Opplysningsplikt til barnevernet',
      'ikke-avklart':
        'Ikkje avklart – berre eininga som eig saka, saksansvarleg og du ser skildringa',
    },
    sharingBasesShort: {
      samtykke: 'samtykke',
      lovhjemmel: 'heimel i lov',
      'avverge-fare': 'avverje fare',
      'meldeplikt-barnevern': 'opplysningsplikt til barnevernet',
      'ikke-avklart': 'ikkje avklart',
    },
    consentForms: { skriftlig: 'Skriftleg', muntlig: 'Munnleg' },
    involvementReasons: {
      granted: 'fekk tilgang',
      measure: 'fekk ansvar for eit tiltak',
      'previous-owner': 'var eigar av saka til',
      reporter: 'melde bekymring',
    },
    measureTypes: {
      bostotte: 'Bustøtte',
      startlan: 'Startlån',
      tilskudd: 'Tilskot',
      'okonomisk-radgivning': 'Økonomisk rådgiving',
      gjeldsradgivning: 'Gjeldsrådgiving',
      'frivillig-forvaltning': 'Frivillig forvaltning',
      'okonomisk-stonad': 'Økonomisk stønad (§§ 18–19)',
      'trekk-i-trygd': 'Trekk i trygd',
      nedbetalingsavtale: 'Nedbetalingsavtale',
      booppfolging: 'Buoppfølging',
      startpakke: 'Startpakke',
      'midlertidig-botilbud': 'Mellombels butilbod (§ 27)',
      oppfolgingskontrakt: 'Oppfølgingskontrakt',
      'kommunal-bolig': 'Søknad om kommunal bustad',
      'praktisk-bistand': 'Praktisk bistand og heimetenester',
      'psykisk-helse-rus': 'Oppfølging frå psykisk helse og rus',
      'ergo-fysio-hjelpemidler': 'Ergo- og fysioterapi, hjelpemiddel',
      'aktivitet-arbeid': 'Aktivitet og arbeid',
      'cti-oppfolging': 'CTI-oppfølging (tett oppfølging i overgangen)',
    },
    measureStatuses: {
      planned: 'Planlagt',
      'in-progress': 'Pågår',
      done: 'Utført',
      cancelled: 'Avbrote',
    },
    purposes: {
      'ny-bekymring': 'Ny bekymring',
      'samarbeid-tiltak': 'Samarbeid om tiltak',
      'henvendelse-beboer': 'Førespurnad frå bebuaren',
      annet: 'Anna',
    },
  },
  cancelled: 'Avbrote.',
  nothingToCancel: 'Det er ingenting å avbryte.',
  turnError: (errorId: string) =>
    `Beklagar, noko gjekk gale hos Husly, og det du sende, blei ikkje lagra. Prøv igjen om ` +
    `litt. Skjer det igjen, kontakt Husly-administrator og oppgi feilkode ${errorId}.`,
  worklistSchedule: {
    /** ISO weekdays 1 (Monday) – 7, as the schedule names them. */
    weekdays: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
    set: (day: string, time: string) =>
      `Arbeidslista blir lagd ut i denne kanalen kvar ${day} kl. ${time}.`,
    current: (unit: string, day: string, time: string) =>
      `Arbeidslista for ${unit} blir lagd ut i denne kanalen kvar ${day} kl. ${time}.`,
    /** The time has passed this week and this week's list is not out yet. */
    postsNow: 'Tidspunktet er passert denne veka, så lista for denne veka kjem om litt.',
    none: (unit: string) => `Arbeidslista for ${unit} blir ikkje lagd ut fast i denne kanalen.`,
    stopped: 'Arbeidslista blir ikkje lenger lagd ut i denne kanalen.',
    howTo:
      'Ein leiar i eininga eller ein administrator bestemmer det med til dømes ' +
      '«@Husly arbeidsliste kvar måndag 08:30», og stoppar det med «@Husly stopp arbeidsliste».',
    notLinked:
      'Denne kanalen er ikkje kopla til ei eining. Ein administrator koplar han med ' +
      '«@Husly kople kanal [eining]».',
  },
  linkChannel: {
    askUnit: (keys: readonly string[]) =>
      `Kva eining skal nåast i denne kanalen? Svar med «@Husly [eining]». ` +
      `Einingar: ${keys.join(', ')}. Skriv «avbryt» for å avbryte.`,
    unknownUnit: (keys: readonly string[]) =>
      `Fann inga eining med den nøkkelen. Vel ei av: ${keys.join(', ')}.`,
    linked: (unitName: string) =>
      `Kanalen er no kopla til ${unitName}. Varsel til eininga kjem hit.`,
    /** Husly was added to a channel a unit is already linked to. */
    alreadyLinked: (unitName: string) => `Denne kanalen er kopla til ${unitName}.`,
    /** The "Ta saka" cards Husly posted when the channel was linked (or Husly added to it). */
    posted: (posted: number, alreadyThere: number, notPosted: number) =>
      [
        posted === 0
          ? alreadyThere === 0 && notPosted === 0
            ? 'Eininga har ingen opne saker utan saksansvarleg.'
            : null
          : `Husly har lagt ut ${posted === 1 ? 'éi sak' : `${posted} saker`} utan ` +
            'saksansvarleg her. Trykk «Ta saka» på den du tek, eller skriv ' +
            '«@Husly ta saka [saksnummer]».',
        alreadyThere > 0
          ? `${alreadyThere === 1 ? 'Éi sak' : `${alreadyThere} saker`} utan saksansvarleg ` +
            'ligg allereie i kanalen.'
          : null,
        notPosted > 0
          ? `${notPosted === 1 ? 'Éi sak' : `${notPosted} saker`} til står i «mine saker».`
          : null,
      ]
        .filter((line) => line !== null)
        .join(' '),
  },
  concern: {
    title: 'Meld bekymring',
    intro:
      'Bekymringa går til eininga som eig saka. I kanalen viser Husly berre saksnummer, ' +
      'kategori, nivå og frist – aldri namn, fødselsnummer eller skildringa. ' +
      'Du som melder, ser kven som eig saka, og di eiga bekymring; andre einingar får tilgang ' +
      'når eininga som eig saka, gir dei det.',
    who: 'Kven gjeld det?',
    nationalId: 'Fødselsnummer eller D-nummer',
    nationalIdPlaceholder: 'DDMMÅÅ NNNNN',
    name: 'Namn',
    nameHint: 'Namn (og fødselsdato viss du ikkje har fødselsnummer)',
    birthDate: 'Fødselsdato',
    source: 'Kven melde bekymringa / kvar kjem opplysningane frå?',
    category: 'Kategori',
    whatHappened: 'Kva har skjedd?',
    acute: 'Utan tak over hovudet i natt',
    acuteHint:
      'Då trengst ingen datoar. Kategorien blir «Utan eigen bustad: utan tak over hovudet i natt».',
    /** The button that shows or hides the dates and amounts of one event. */
    fillIn: 'Fyll inn',
    /** First line of an event's fields: a toggle cannot open them, and they count only ticked. */
    detailsNeedTick: (event: string) =>
      `Husly brukar desse felta berre når «${event}» er kryssa av.`,
    rentArrears: 'Husleigerestanse',
    arrearsAmount: 'Beløp (kr)',
    arrearsMonths: 'Tal på månader',
    landlord: 'Utleigar',
    firstMissedRentDate: 'Første ubetalte husleige (dato)',
    noticeReceived: 'Varsel etter tvangsfullføringslova § 4-18',
    noticeDate: 'Dato varselet blei sendt (datoen på varselet)',
    noticeReceivedDate: 'Dato bebuaren fekk varselet',
    landlordNotice: 'Varsel frå utleigar til NAV (husleigelova § 9-11)',
    landlordNoticeDate: 'Dato NAV fekk varselet',
    tenantReserved: 'Har leigetakaren reservert seg mot slike varsel?',
    namsmannNotice: 'Brev frå namsmannen om begjæring om utkasting (fråviking)',
    namsmannHint: 'Fyll inn minst éin av datoane. Fristen i brevet kan vere fram i tid.',
    namsmannNoticeDate: 'Dato bebuaren fekk brevet',
    namsmannCopyDate: 'Dato NAV/kommunen fekk kopi',
    objectionDeadline: 'Fristen for motsegn som står i brevet',
    evictionDateSet: 'Dato for utkasting er sett',
    evictionDate: 'Utkastingsdato',
    evictionHappened: 'Utkastinga har allereie skjedd',
    belongingsDeadline: 'Ny frist for eigedelar (frå det andre brevet frå namsmannen)',
    terminated: 'Oppseiing frå utleigar',
    terminationDate: 'Dato leigetakaren fekk oppseiinga',
    timeLimitedLease: 'Tidsavgrensa leigekontrakt går ut',
    leaseEndDate: 'Dato leigekontrakten går ut',
    other: 'Anna',
    situation: 'Utan eigen bustad eller i institusjon (datoar)',
    releaseDate: 'Skal ut av fengsel eller institusjon den',
    temporaryAccommodationSince: 'I mellombels butilbod frå',
    household: 'Hushald, kontakt og ønske (valfritt)',
    children: 'Tal på barn i hushaldet',
    tenure: 'Korleis bur personen no?',
    contact: 'Kontaktinformasjon (telefon, beste måten å nå personen på, behov for tolk)',
    wishes: 'Personen sine eigne ønske',
    descriptionSection: 'Skildring og deling',
    description: 'Skildring (underlagd teieplikt, valfritt)',
    descriptionPlaceholder: 'Ikkje skriv diagnosar eller helseopplysningar.',
    sharingBasis: 'Grunnlag for å dele skildringa',
    consentUnits: 'Einingar personen har samtykt til at skildringa blir delt med',
    consentForm: 'Korleis blei samtykket gitt?',
    residentInformed: 'Veit bebuaren om bekymringa?',
    yes: 'Ja',
    no: 'Nei',
    submit: 'Send bekymring',
    fixErrors: 'Noko må rettast. Sjå merknadene i skjemaet.',
    registered: (reference: string, unitName: string, coordinator: string | null) =>
      `Bekymringa er registrert i sak ${reference}. ${unitName} eig saka` +
      (coordinator ? `, og ${coordinator} er saksansvarleg` : ', men ingen er saksansvarleg enno') +
      '.',
    duplicate: (reference: string) =>
      `Denne bekymringa var allereie registrert i sak ${reference}.`,
    /** Why the reporter's own unit owns the new case (the nivå 1 rule, ARCHITECTURE.md). */
    ownedByOwnUnit:
      'Eininga di eig saka (nivå 1: råd og rettleiing skal løysast på lågast mogleg nivå i ' +
      'eiga eining). Treng personen oppfølging over tid, endre nivå med «endre nivå» og ' +
      'saksnummeret – då blir tildelingsteamet spurt – eller foreslå overføring med «overfør».',
    routedByRule:
      'Husly har sendt saka til eininga som tek denne typen saker (sjå «ruting»), fordi den ' +
      'gjeld meir enn råd og rettleiing i eiga eining, eller fordi eininga di ikkje følgjer ' +
      'opp saker sjølv.',
    sent: (reference: string) => `Sendt – registrert i sak ${reference}.`,
    ownerLine: (unitName: string, coordinator: string | null) =>
      `Eigar: ${unitName}` +
      (coordinator ? `, saksansvarleg ${coordinator}` : ' (ingen saksansvarleg enno)') +
      '.',
    newCase: 'Ny sak',
    existingCase: 'Lagt til i ei eksisterande sak',
    ownerNotReached: 'Eininga som eig saka, har ingen kopla kanal; be ein administrator kople den.',
    /** Nobody in the owning unit was reached now; the notice outbox tries its channel again. */
    ownerRetrying: (unitName: string) => `Kanalen til ${unitName} ${RETRYING}`,
    alerted: (units: readonly string[]) => `Også varsla: ${units.join(', ')}.`,
    alertRetrying: (units: readonly string[]) => `${listed(units)} ${RETRYING}`,
    /** The receipt repeats the dates as Husly read them, so a mistyped date is caught at once. */
    receiptDates: 'Datoane slik Husly har registrert dei. Sjekk at dei stemmer:',
    receiptAcute: 'Bekymringa gjeld ein person utan tak over hovudet i natt.',
    receiptDeadlines: 'Fristar:',
    earliestRequest: (date: string, passed: boolean) =>
      (passed
        ? `Utleigaren har kunna begjære utkasting sidan ${date}`
        : `Utleigaren kan tidlegast begjære utkasting ${date}`) +
      ' (to veker etter at varselet blei sendt).',
    objectionPrinted: (date: string, passed: boolean) =>
      `Fristen for motsegn som står i brevet frå namsmannen, ${passed ? 'gjekk' : 'går'} ut ` +
      `${date}.`,
    objectionComputed: (date: string, passed: boolean) =>
      `Fristen for motsegn til namsmannen ${passed ? 'gjekk' : 'går'} ut ${date}: 14 dagar ` +
      'etter at bebuaren fekk brevet (tvangsfullføringslova § 13-6). Sjekk fristen i brevet.',
    objectionUncertain:
      'Fristen for motsegn er usikker: den blir rekna frå dagen bebuaren fekk brevet. ' +
      'Be om å få sjå brevet.',
    protestDeadline: (date: string, passed: boolean) =>
      `Fristen for å protestere skriftleg mot oppseiinga ${passed ? 'gjekk' : 'går'} ut ` +
      `${date} (husleigelova § 9-8).`,
    evictionOn: (date: string) => `Utkastinga skal etter planen skje ${date}.`,
    evictionDone: (date: string) => `Utkastinga blei gjennomført ${date}.`,
    belongingsUntil: (date: string) => `Ny frist for å hente eigedelar: ${date}.`,
    receiptFix:
      'Stemmer ikkje ein dato? Skriv «ny bekymring» og meld rett dato: ' +
      'den sist melde datoen gjeld i saka.',
    /** What a concern says about the person, where its text may be shown. */
    facts: {
      source: 'Kjelde',
      children: 'Barn i hushaldet',
      tenure: 'Bur no',
      contact: 'Kontakt',
      wishes: 'Personen sine eigne ønske',
      reserved: 'Reservert mot varsel frå utleigar (husleigelova § 9-11)',
    },
  },
  /** The restansemelding: innfordring or bolig reports unpaid rent the day they know. */
  arrearsReport: {
    title: 'Meld restanse',
    intro:
      'Meld ubetalt husleige så tidleg som mogleg, så NAV kan hjelpe før utleigaren sender ' +
      'varsel om utkasting. I kanalen viser Husly berre saksnummer og frist – aldri namn, ' +
      'fødselsnummer eller beløp.',
    who: 'Kven gjeld det?',
    nationalId: 'Fødselsnummer eller D-nummer',
    nationalIdPlaceholder: 'DDMMÅÅ NNNNN',
    name: 'Namn (og fødselsdato viss du ikkje har fødselsnummer)',
    birthDate: 'Fødselsdato',
    arrears: 'Restansen',
    amount: 'Restanse (kr)',
    dueDate: 'Forfallsdato for første ubetalte husleige',
    reminderSent: 'Er det sendt purring eller inkassovarsel?',
    landlord: 'Utleigar',
    consentClause:
      'Har leigekontrakten samtykkeklausul (leigetakaren samtykkjer i at NAV får melding om ' +
      'restanse)?',
    consentClauses: { ja: 'Ja', nei: 'Nei eller veit ikkje' },
    submit: 'Send restansemelding',
    fixErrors: 'Noko må rettast. Sjå merknadene i skjemaet.',
    /** Field errors of the restansemelding's own (the rest are in fieldErrors). */
    fieldErrors: {
      NO_CONSENT_CLAUSE:
        'Utan samtykkeklausul i leigekontrakten kan ikkje restansen meldast til NAV her. Har ' +
        'leigetakaren samtykt på anna vis, eller finst det eit anna grunnlag, bruk ' +
        '«ny bekymring».',
    },
    sent: (reference: string) => `Sendt – registrert i sak ${reference}.`,
    registered: (reference: string, unitName: string, coordinator: string | null) =>
      `Restansen er registrert i sak ${reference}. ${unitName} eig saka` +
      (coordinator ? `, og ${coordinator} er saksansvarleg` : ', men ingen er saksansvarleg enno') +
      '.',
    duplicate: (reference: string) =>
      `Denne restansen (same person og forfallsdato) var allereie registrert i sak ${reference}.`,
    nextHeading: 'Dette skjer no:',
    nextP0: (unitName: string) =>
      `I dag (P0): Husly ber ${unitName} prøve å få kontakt med personen eller avtale ` +
      'heimebesøk.',
    nextMunicipal:
      'Kommunal utleigar: ikkje send varsel etter tvangsfullføringslova § 4-18 før det er ' +
      'prøvd å få kontakt.',
    nextP5: (unitName: string) =>
      `Etter fem arbeidsdagar (P5): ${unitName} sjekkar om dei har fått kontakt, og gir dykk ` +
      'beskjed om at dei har prøvd å få kontakt. Utan kontakt blir det heimebesøk.',
    receiptFix:
      'Stemmer ikkje beløpet eller forfallsdatoen? Meld restansen på nytt med rette tal: ' +
      'det sist melde gjeld i saka.',
  },
  fieldErrors: {
    REQUIRED: 'Må fyllast ut.',
    DETAILS_NOT_TICKED:
      'Du har fylt inn felt under denne, men ikkje kryssa av. Kryss av, eller tøm felta.',
    WHO_REQUIRED: 'Skriv fødselsnummer eller D-nummer, eller namn og fødselsdato.',
    TOO_LONG: 'For lang tekst.',
    CHOICE: 'Vel eitt av alternativa.',
    DATE_FORMAT: 'Ugyldig dato.',
    DATE_IN_FUTURE: 'Datoen kan ikkje vere fram i tid.',
    DATE_TOO_OLD: 'Datoen er for langt tilbake i tid.',
    EVICTION_IN_PAST:
      'Datoen har passert. Kryss av for «Utkastinga har allereie skjedd» ' +
      'viss den er gjennomført.',
    EVICTION_HAPPENED_IN_FUTURE: 'Ei utkasting fram i tid kan ikkje allereie ha skjedd.',
    RECEIVED_BEFORE_NOTICE: 'Varselet kan ikkje vere motteke før datoen på det.',
    NOTICE_BEFORE_ARREARS: 'Varselet kan ikkje vere datert før første ubetalte husleige.',
    AMOUNT_RANGE: 'Skriv eit heilt beløp i kroner (1–10 000 000).',
    MONTHS_RANGE: 'Skriv tal på månader (1–60).',
    WHAT_HAPPENED_REQUIRED: 'Kryss av for minst éin ting som har skjedd.',
    DATE_TOO_FAR: 'Datoen er for langt fram i tid.',
    ACUTE_CATEGORY:
      'Utan tak over hovudet i natt høyrer til kategorien «Utan eigen bustad: utan tak over ' +
      'hovudet i natt». Vel den, eller la kategorien stå tom.',
    NAMSMANN_DATE_REQUIRED:
      'Fyll inn minst éin dato: når bebuaren fekk brevet, når NAV/kommunen fekk kopi, ' +
      'eller fristen som står i brevet.',
    OBJECTION_BEFORE_LETTER: 'Fristen for motsegn kan ikkje vere før bebuaren fekk brevet.',
    BELONGINGS_BEFORE_EVICTION: 'Fristen for eigedelar kan ikkje vere før utkastinga.',
    CHILDREN_RANGE: 'Skriv tal på barn som eit heilt tal (0–20).',
    DATE_IN_PAST: 'Datoen kan ikkje ha passert.',
    PERIOD_ORDER: 'Sluttdatoen må vere etter startdatoen.',
    RESPONSIBLE_REQUIRED:
      'Vel minst éin ansvarleg: bebuaren sjølv, ei eining, ein tilsett eller ein deltakar.',
    OUTCOME_REQUIRED: 'Vel korleis det gjekk med dette målet.',
    'NATIONAL_ID.EMPTY': 'Skriv inn fødselsnummer eller D-nummer.',
    'NATIONAL_ID.FORMAT': 'Fødselsnummeret kan berre innehalde siffer.',
    'NATIONAL_ID.LENGTH': 'Fødselsnummeret må ha 11 siffer.',
    'NATIONAL_ID.CHECKSUM': 'Ugyldig fødselsnummer (kontrollsifra stemmer ikkje).',
    'NATIONAL_ID.DATE': 'Fødselsnummeret inneheld ikkje ein gyldig dato.',
    'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION': 'Syntetisk testnummer kan ikkje brukast i produksjon.',
  },
  lookup: {
    title: 'Kven eig saka?',
    queryLabel: 'Saksnummer, fødselsnummer eller namn',
    search: 'Søk',
    purposeTitle: 'Kvifor slår du opp personen?',
    purposeIntro:
      'Oppslag på person blir logga med formålet, og personen kan få innsyn ' +
      'i kven som har slått opp.',
    purposeNote: 'Kvifor (viss «Anna») – ikkje skriv namn eller fødselsnummer',
    continue: 'Slå opp',
    choicesTitle: 'Vel person',
    choicesIntro:
      'Fleire personar med dette namnet har ei sak som eininga di arbeider med. ' +
      'Opne saka til den du meiner.',
    choice: (name: string, birthYear: string | null, maskedId: string | null) =>
      `${name || 'Utan namn'}` +
      (birthYear ? `, f. ${birthYear}` : '') +
      (maskedId ? ` (${maskedId})` : ''),
    /** Under a person in the list: the open case's reference and owner. */
    choiceCase: (reference: string, unit: string) => `Sak ${reference} – eigar: ${unit}`,
    /** The list once a case on it was opened (one lookup opens one case). */
    choicesClosed:
      'Du har opna ei sak frå denne lista. Vil du opne ei anna, slå opp på nytt med ' +
      '«kven eig».',
    /** The purpose form once it was sent: the purpose given. */
    purposeGiven: (purpose: string) => `Formål: ${purpose}. Svaret står nedanfor.`,
    owner: 'Eigar',
    contact: 'Kontakt',
    coordinator: 'Saksansvarleg',
    noCoordinator: 'Ingen enno',
    since: 'Sidan',
    involved: 'Også involvert',
    none: 'Ingen',
    chat: 'Chat med saksansvarleg',
    resident: 'Person',
    timeline: 'Datoar',
    concerns: 'Bekymringar',
    handOver: 'Overfør',
    startPlan: 'Start målplan',
    restricted:
      'Du ser berre kven som eig saka. Innhaldet er underlagt teieplikt og blir berre vist for ' +
      'einingar som arbeider med saka. Kontakt den som står oppført.',
    contactUnit: (unit: string) => `${unit} (ingen saksansvarleg enno)`,
    reportedBy: (unit: string) => `meldt av ${unit}`,
    basis: (basis: string) => `Grunnlag for deling: ${basis}`,
    informed: (yes: boolean) =>
      yes ? 'Personen veit om bekymringa.' : 'Personen veit ikkje om bekymringa.',
    textWithheld: (basis: string) =>
      `Skildringa og beløpa er underlagde teieplikt (grunnlag: ${basis}). Dei blir viste for ` +
      `eininga som eig saka, den som melde, og einingane grunnlaget for deling omfattar. ` +
      `Treng du å vite meir, spør saksansvarleg.`,
    breakGlass: 'Nødtilgang (fare for liv eller helse)',
    breakGlassActive: (until: string) =>
      `Du har nødtilgang til saka fram til ${until}. Alt du ser, blir logga som nødtilgang.`,
    ownConcerns: 'Bekymringar eininga di har meldt',
    grantAccess: 'Gi tilgang',
    consent: 'Samtykke',
    caseTitle: (reference: string) => `Sak ${reference}`,
    born: (date: string) => `fødd ${date}`,
    /** After "husleigerestanse: ": the amount in kroner, the months and the landlord. */
    arrears: (amount: string, months: number, landlord: string) =>
      `${amount} kr, ${months} mnd., ${landlord.toLowerCase()}`,
    channelFacts:
      'I kanalen viser Husly berre kven som eig saka. Meir får du i personleg chat med Husly.',
    nameTooShort:
      'Skriv fullt namn (førenamn og etternamn), eller namn og fødselsdato, til dømes ' +
      '«kven eig Kari Nordmann» eller «kven eig Nordmann 12.07.1987».',
  },
  channel: {
    sentToPersonal:
      'Svaret står i den personlege chatten din med Husly, så ingen andre i kanalen ser det.',
    personalOnly:
      'Dette viser eg berre i personleg chat, så ingen andre i kanalen ser det. ' +
      'Opne Husly under Appar i Teams, og skriv det der.',
    noPersonalData: 'Ikkje skriv fødselsnummer eller namn i kanalar – alle i kanalen kan sjå det.',
  },
  access: {
    title: (reference: string) => `Tilgang til sak ${reference}`,
    intro:
      'Eininga som eig saka, bestemmer kven som får lese den. Gi tilgang berre til einingar ' +
      'som treng det i arbeidet (tenestleg behov). Ei eining med tilgang ser personen, ' +
      'datoane og fasen, og skildringar der grunnlaget for deling tillèt det.',
    current: 'Einingar med tilgang no',
    none: 'Ingen andre einingar har tilgang.',
    line: (unit: string, reason: string, since: string, by: string | null) =>
      `${unit} – ${reason} ${since}${by ? ` av ${by}` : ''}`,
    breakGlassTitle: 'Nødtilgang no',
    breakGlassLine: (name: string, unit: string, until: string) =>
      `${name} (${unit}) – til ${until}`,
    expires: 'tilgangen som tidlegare eigar varer i ein avgrensa periode',
    unit: 'Gi tilgang til eining',
    note: 'Kvifor treng eininga tilgang? (høgst 300 teikn; ikkje skriv helseopplysningar)',
    submit: 'Gi tilgang',
    end: (unit: string) => `Fjern tilgangen for ${unit}`,
    granted: (reference: string, unit: string, told: boolean, retrying = false) =>
      `${unit} har fått tilgang til sak ${reference}. ` +
      (told
        ? 'Eininga er varsla i kanalen sin.'
        : retrying
          ? `Kanalen deira ${RETRYING}`
          : 'Eininga har ingen kopla kanal, så gi dei beskjed sjølv.'),
    ended: (reference: string) =>
      'Tilgangen er fjerna. ' + `Endringa gjeld frå no, for sak ${reference}.`,
  },
  consent: {
    title: (reference: string) => `Samtykke i sak ${reference}`,
    intro:
      'Samtykke frå personen (forvaltningslova § 13 a nr. 1) gjer at einingane det nemner, ' +
      'kan lese saka (personen, datoane, andre einingar), målplanen og skildringar som er delte ' +
      'med samtykke. Eit samtykke kan trekkjast tilbake når som helst; det gjeld frå den ' +
      'augneblinken.',
    active: 'Samtykke som gjeld',
    history: 'Trekte tilbake',
    none: 'Ingen samtykke er registrerte.',
    line: (units: string, date: string, form: string, by: string) =>
      `${units} – gitt ${date} (${form.toLowerCase()}), registrert av ${by}`,
    withdrawnLine: (units: string, date: string, by: string) =>
      `${units} – trekt tilbake ${date} av ${by}`,
    withdraw: 'Trekk tilbake samtykke',
    newTitle: 'Registrer nytt samtykke',
    units: 'Einingar personen samtykkjer til å dele med',
    givenDate: 'Dato samtykket blei gitt',
    form: 'Korleis blei det gitt?',
    submit: 'Registrer samtykke',
    recorded: (reference: string) => `Samtykket er registrert i sak ${reference}.`,
    withdrawn: (reference: string) =>
      `Samtykket er trekt tilbake i sak ${reference}. Einingane det galdt, ` +
      `ser ikkje lenger det samtykket gav tilgang til.`,
  },
  breakGlass: {
    title: (reference: string) => `Nødtilgang til sak ${reference}`,
    explain:
      'Berre når det er nødvendig for å avverje fare for liv eller alvorleg skade på helse ' +
      '(forvaltningslova § 13 b nr. 7). Du får lese saka i 24 timar. Leiarane i eininga som ' +
      'eig saka, får beskjed med ein gong, og alt du ser, blir logga som nødtilgang.',
    justification: 'Grunngiving (minst 20 teikn): kva fare, og kvifor du treng opplysningane no',
    submit: 'Opne saka med nødtilgang',
    granted: (until: string) => `Opna med nødtilgang til ${until}.`,
    /** `retrying`: the leaders were not reached now, and Husly tries them again. */
    opened: (reference: string, until: string, told: boolean, retrying = false) =>
      `Nødtilgang til sak ${reference} gjeld til ${until}. ` +
      (told && !retrying
        ? 'Leiarane i eininga som eig saka, er varsla.'
        : told
          ? `Eininga som eig saka, er varsla. Leiarane ${RETRYING}`
          : retrying
            ? `Leiarane i eininga som eig saka, ${RETRYING} Hastar det, ring eininga.`
            : 'Husly fekk ikkje varsla leiarane – ring eininga som eig saka.'),
  },
  /** A case's dates, one label per date of its timeline. */
  timeline: {
    firstMissedRentDate: 'Første ubetalte husleige',
    noticeDate: 'Varsel etter tvangsfullføringslova § 4-18 sendt (datoen på varselet)',
    noticeReceivedDate: 'Bebuaren fekk varselet etter § 4-18',
    namsmannNoticeDate: 'Bebuaren fekk brev frå namsmannen om begjæring om utkasting',
    namsmannCopyDate: 'NAV/kommunen fekk kopi av brevet frå namsmannen',
    objectionDeadline: 'Frist for motsegn (står i brevet frå namsmannen)',
    evictionDate: 'Utkastingsdato',
    belongingsDeadline: 'Ny frist for eigedelar (det andre brevet frå namsmannen)',
    arrearsReportedDate: 'Melding om restanse frå innfordring eller utleigar',
    landlordNoticeDate: 'NAV fekk varsel frå utleigar (husleigelova § 9-11)',
    leaseEndDate: 'Tidsavgrensa leigekontrakt går ut',
    terminationDate: 'Leigetakaren fekk oppseiing',
    releaseDate: 'Skal ut av fengsel eller institusjon',
    temporaryAccommodationSince: 'I mellombels butilbod frå',
    acuteDate: 'Meldt utan tak over hovudet i natt',
    evictionHappened: 'Utkastinga er gjennomført',
  },
  notices: {
    forUnitTitle: (isNew: boolean) =>
      isNew ? 'Ny sak til eininga' : 'Ny bekymring i ei sak eininga eig',
    deadline: 'Neste frist',
    case: 'Sak',
    level: 'Nivå',
    take: 'Ta saka',
    takenBy: (name: string) => `Teken av ${name}`,
    movedTitle: (reference: string, unit: string) => `Sak ${reference} høyrer no til ${unit}`,
    movedBody:
      'Eininga i denne kanalen følgjer ikkje lenger opp saka. ' +
      'Kontakt saksansvarleg eller eininga som eig den.',
    closedTitle: (reference: string) => `Sak ${reference} er avslutta`,
    closedBody: 'Saka er avslutta. Det er ingen fristar å følgje opp her lenger.',
    forCoordinatorTitle: (reference: string) => `Ny bekymring i sak ${reference}`,
    reportedBy: 'Meldt av',
    what: 'Gjeld',
    involvedAlertTitle: (reference: string) => `Sak ${reference}: ny bekymring`,
    involvedAlertBody: (owner: string) =>
      `Det er meldt ei ny bekymring for ein person eininga dykkar følgjer opp. ` +
      `${owner} eig saka. ` +
      `Skriv «kven eig» og saksnummeret i personleg chat med Husly for å sjå meir.`,
    throttledTitle: 'Personoppslag stoppa',
    throttledBody: (name: string, unit: string, limit: number) =>
      `${name} (${unit}) har gjort meir enn ${limit} oppslag på personar den siste timen. ` +
      `Nye oppslag er stoppa til det har gått ein time sidan dei første. ` +
      `Sjå «tilgangskontroll» for omfanget, og snakk med ${name.split(' ')[0]} om bruken.`,
    breakGlassTitle: (reference: string) => `Nødtilgang brukt i sak ${reference}`,
    breakGlassBody: (name: string, unit: string, until: string) =>
      `${name} (${unit}) har opna saka med nødtilgang til ${until}.`,
    breakGlassWhy: 'Grunngiving',
    planNewCaseTitle: (reference: string) => `Ny sak for personen i målplanen for sak ${reference}`,
    planNewCaseBody: (newReference: string, unit: string) =>
      `Personen har fått ei ny sak, ${newReference}, hos ${unit}. Målplanen ligg framleis hos ` +
      'dykk. Vurder saman med personen om planen skal følgje den nye saka: opne målplanen, ' +
      '«Meir» → «Flytt planen til sak …».',
    accessGrantedTitle: (reference: string) => `Eininga har fått tilgang til sak ${reference}`,
    accessGrantedBody: (owner: string, by: string) =>
      `${owner} har gitt eininga tilgang (av ${by}). ` +
      `Skriv «kven eig» og saksnummeret i personleg chat med Husly for å sjå saka.`,
    acuteTitle: (reference: string) => `Akutt: sak ${reference}`,
    acuteWhat: 'Utan tak over hovudet i natt – sosialtenestelova § 27',
    acuteBody:
      'Mellombels butilbod må vere på plass i dag. Ta saka, eller sørg for at nokon i ' +
      'eininga gjer det no.',
    /** To the reporter of "utan tak over hovudet i natt": who was told at once. */
    acuteAlerted: (
      unitName: string,
      channel: boolean,
      people: readonly string[],
      retrying: { readonly channel: boolean; readonly people: readonly string[] } = {
        channel: false,
        people: [],
      },
    ) => {
      const later = [...(retrying.channel ? [`kanalen til ${unitName}`] : []), ...retrying.people];
      return channel || people.length > 0
        ? 'Utan tak over hovudet i natt: ' +
            [channel ? `kanalen til ${unitName}` : null, people.length ? people.join(', ') : null]
              .filter((part) => part !== null)
              .join(' og ') +
            ' er varsla no.' +
            (later.length ? ` ${capitalised(listed(later))} ${RETRYING}` : '')
        : later.length
          ? `Utan tak over hovudet i natt: Husly nådde ingen i ${unitName} no og prøver igjen. ` +
            'Ring eininga no.'
          : `Utan tak over hovudet i natt: Husly nådde ingen i ${unitName}. Ring eininga no.`;
    },
    takeWhich: 'Kva sak vil du ta? Skriv saksnummeret, til dømes «ta saka 2026-0006».',
    takeNotFound: (reference: string) =>
      `Fann inga sak med nummer ${reference}. Sjekk saksnummeret.`,
    takeClosed: (reference: string) => `Sak ${reference} er avslutta og kan ikkje takast.`,
    takeRefused: (reference: string, unitName: string) =>
      `${unitName} eig sak ${reference}. Berre saksbehandlarar, koordinatorar og leiarar der ` +
      `kan ta den. Skriv «kven eig ${reference}» for å sjå kven du kan kontakte.`,
    takeRefusedAdmin: 'Administratorar tek ikkje saker: dei ser ikkje saksinnhald i Husly.',
    takeAlreadyTaken: (reference: string, name: string) =>
      `Sak ${reference} har allereie saksansvarleg: ${name}.`,
    takeAlreadyYours: (reference: string) => `Du er allereie saksansvarleg for sak ${reference}.`,
    takeDone: (reference: string) => `Du er no saksansvarleg for sak ${reference}.`,
    takenInChannel: (name: string, reference: string) =>
      `${name} er no saksansvarleg for sak ${reference}.`,
    proposedTitle: (reference: string) => `Forslag: overføre sak ${reference}`,
    proposedBody: (from: string, to: string, coordinator: string | null, by: string) =>
      `${by} i ${from} foreslår å overføre saka til ${to}` +
      (coordinator ? ` med ${coordinator} som saksansvarleg` : '') +
      '. Saka blir verande hos ' +
      `${from} til nokon i ${to} har svart.`,
    proposedNote: 'Grunngiving',
    accept: 'Godta',
    decline: 'Avslå',
    declineReason: 'Kvifor avslår de? (må fyllast ut for å avslå)',
    acceptedBy: (name: string) => `Godteke av ${name}. Saka er overført.`,
    declinedBy: (name: string) => `Avslått av ${name}. Saka blir verande der den var.`,
    withdrawn: 'Forslaget gjeld ikkje lenger (saka er flytta, avslutta eller foreslått på nytt).',
    levelReviewTitle: (reference: string, level: string) => `Sak ${reference} er sett til ${level}`,
    levelReviewBody: (team: string, owner: string) =>
      `${team}: behald saka hos ${owner} eller ta den over?`,
    keepWith: (owner: string) => `Behald hos ${owner}`,
    takeOver: 'Ta over saka',
    keptBy: (owner: string, name: string) => `Blir verande hos ${owner} (avgjort av ${name}).`,
    takenOverBy: (team: string, name: string) => `Teken over av ${team} (${name}).`,
    answeredTitle: (reference: string) => `Svar om sak ${reference}`,
    answeredBody: (
      kind: 'handover' | 'level-review',
      outcome: 'accepted' | 'declined',
      from: string,
      to: string,
      by: string,
    ) =>
      kind === 'level-review'
        ? outcome === 'accepted'
          ? `${to} tek over saka frå ${from} (${by}).`
          : `${to} lèt saka bli verande hos ${from} (${by}).`
        : outcome === 'accepted'
          ? `${to} har godteke overføringa (${by}). ${to} eig no saka.`
          : `${to} har avslått overføringa (${by}). Saka blir verande hos ${from}.`,
    declinedWhy: 'Grunngiving for avslaget',
    handedOverTitle: (reference: string) => `Sak ${reference} er overført`,
    handedOverBody: (from: string, to: string, coordinator: string | null, by: string) =>
      `Frå ${from} til ${to}${coordinator ? ` (saksansvarleg ${coordinator})` : ''}, av ${by}.`,
  },
  handOver: {
    title: (reference: string) => `Overfør sak ${reference}`,
    intro:
      'Til ei anna eining blir det eit forslag: saka blir verande hos dykk til nokon i den ' +
      'eininga har godteke det. Byte av saksansvarleg i eiga eining skjer med ein gong.',
    unit: 'Til eining',
    chooseUnit: 'Vel eining',
    chooseCoordinator: 'Ingen (eininga vel sjølv)',
    coordinator: 'Ny saksansvarleg (valfritt, må arbeide i eininga)',
    note: 'Grunngiving',
    submit: 'Overfør',
    /** `told`: each recipient of the hand-over notice, and whether it was reached. */
    done: (reference: string, unit: string, everyoneTold: boolean, told: readonly Told[] = []) =>
      `Sak ${reference} er overført til ${unit}. ` +
      (everyoneTold
        ? 'Tidlegare og ny eigar er varsla.'
        : told.length
          ? notified(told) +
            (told.some((t) => t.reach === 'unreached')
              ? ' Saka står i «mine saker» hos den nye eininga.'
              : '')
          : 'Varselet kom ikkje fram til alle (kanal ikkje kopla eller Husly ikkje installert); ' +
            'saka står i «mine saker» hos den nye eininga.'),
    proposed: (reference: string, unit: string, reached: Reach) =>
      `Forslaget om å overføre sak ${reference} til ${unit} er sendt. Saka er dykkar til nokon ` +
      `i ${unit} har godteke det; de får svaret her. Svarar ingen innan ein arbeidsdag, får ` +
      `leiarane i ${unit} ei påminning.` +
      notYetReached(unit, reached),
    proposedTitle: (reference: string) => `Overføring av sak ${reference} foreslått`,
  },
  plan: {
    createTitle: (reference: string) => `Ny målplan for sak ${reference}`,
    title: (reference: string) => `Målplan for sak ${reference}`,
    intro:
      'Lag planen saman med bebuaren: kva som er viktig for personen, målet med eigne ord og ' +
      'kva kvar enkelt gjer. Planen er bygd opp som ein individuell plan (IP), slik at han kan ' +
      'gjerast om til IP seinare. Utan samtykke er planen berre synleg for eininga som eig saka.',
    measureWarning:
      'Ei ansvarleg eining får tilgang til saka (personen og datoane). ' +
      'Er den ikkje med i samtykket, ser den berre sine eigne tiltak, ikkje resten av planen.',
    ownMeasuresOnly:
      'Du ser berre tiltaka du eller eininga di har ansvar for. ' +
      'Resten av planen er underlagd teieplikt.',
    consentForm: 'Korleis blei samtykket gitt?',
    level: 'Nivå',
    period: 'Periode',
    ip: 'Individuell plan (IP)',
    vedtak: 'Vedtak: ',
    resident: 'Med bebuaren',
    residentParticipation: 'Korleis deltok bebuaren?',
    whatMatters: 'Kva er viktig for deg? (bebuaren sine eigne ord, valfritt)',
    whatMattersHeading: 'Kva er viktig for deg',
    residentOwnWords: 'bebuaren sine eigne ord',
    resources: 'Ressursar og behov (valfritt)',
    resourcesHeading: 'Ressursar og behov',
    goal: 'Mål',
    goalText: 'Kva skal ein oppnå?',
    goalResidentWords: 'Målet med bebuaren sine eigne ord (valfritt)',
    goalTargetDate: 'Ønskt dato (valfritt)',
    withResidentWords: 'Med bebuaren sine ord: ',
    measure: 'Tiltak',
    measureGoal: 'Kva mål høyrer tiltaket til?',
    measureType: 'Verkemiddel',
    measureDescription: 'Kva skal gjerast?',
    measureScope: 'Omfang (valfritt), til dømes «2 timar i veka»',
    responsibleHint:
      'Kven er ansvarleg? Minst éin: bebuaren sjølv, ei eining, ein tilsett eller ein deltakar.',
    measureResident: 'Bebuaren er ansvarleg / gjer dette sjølv',
    measureUnit: 'Ansvarleg eining',
    measureStaff: 'Ansvarleg person (valfritt)',
    measureParticipant: 'Ansvarleg pårørande eller instans (valfritt)',
    measureDeadline: 'Frist',
    measureStatus: 'Status',
    evaluationDate: 'Neste evaluering',
    periodStart: 'Planperiode frå (valfritt)',
    periodEnd: 'Planperiode til (valfritt)',
    template: 'Mal',
    templates: {
      cti: 'CTI-oppfølging (fasar: overgang, utprøving, overføring)',
      ingen: 'Ingen mal',
    },
    more: 'Meir (valfritt)',
    consentGiven: 'Har bebuaren samtykt til at planen blir delt?',
    consentDate: 'Dato for samtykke',
    consentUnits: 'Einingar som kan sjå planen (med samtykke)',
    vedtakReference: 'Vedtak (referanse) – påkravd på nivå 3–4',
    ipNeeded: 'Trengst individuell plan (IP)?',
    coordinator: 'Saksansvarleg',
    create: 'Opprett målplan',
    status: 'Status',
    active: 'Aktiv',
    closedBecause: (reason: string) => `Avslutta: ${reason}`,
    ipBadge: (coordinator: string) => `Individuell plan (IP) · IP-koordinator: ${coordinator}`,
    noIpCoordinator: 'ikkje valt enno',
    levelHistory: 'Nivå i planen',
    latestOutcome: (outcome: string) => `Sist evaluert: ${outcome}`,
    otherMeasures: 'Andre tiltak',
    scope: 'omfang',
    residentResponsible: 'Bebuaren',
    participants: 'Deltakarar',
    participantCount: (count: number) => (count === 0 ? 'ingen enno' : `${count}`),
    notInConsent: 'ser ikkje planen (ikkje i samtykket)',
    phases: 'CTI-fasar',
    phaseLine: (phase: string, from: string, to: string, days: number) =>
      `${phase}: ${from} – ${to}, kontakt kvar ${days}. dag`,
    ipMissing: (points: string) => `Dette manglar for IP: ${points}.`,
    attached: 'Personen hadde allereie ein målplan. Han følgjer no denne saka.',
    attachedDone: (reference: string) => `Målplanen til personen følgjer no sak ${reference}.`,
    showDetails: 'Vis detaljar',
    cases: 'Saker planen har følgt',
    participatedAtStart: 'Bebuaren deltok',
    closeNoteHeading: 'Merknad ved avslutning',
    addGoal: 'Legg til mål',
    addMeasure: 'Legg til tiltak',
    addParticipant: 'Legg til deltakar',
    removeParticipant: 'Fjern deltakar',
    change: 'Endre',
    closePlan: 'Avslutt plan',
    moveTo: (reference: string) => `Flytt planen til sak ${reference}`,
    moveConsent: (unit: string) =>
      `Planen blir då delt med ${unit}, som følgjer han opp vidare. Det krev samtykke frå ` +
      'bebuaren. De ser planen etterpå berre om de er med i eit samtykke.',
    move: 'Flytt planen',
    elsewhere: (reference: string) =>
      `Målplanen til personen følgjer sak ${reference}. Skriv «kven eig ${reference}» for å ` +
      'sjå kven som har han.',
    print: 'Skriv ut (PDF)',
    moreActions: 'Meir',
    evaluate: 'Evaluer',
    evaluationSummary: 'Kva har skjedd sidan sist?',
    nextEvaluationDate: 'Neste evaluering',
    caseLevelNow: 'saka står på',
    evaluationLevel: 'Nivå no',
    goalOutcome: 'Korleis gjekk det med målet?',
    evaluationLine: (participation: string, level: string) =>
      `Bebuaren deltok: ${participation} · ${level}`,
    participantKind: 'Kven er deltakaren?',
    participantName: 'Namn (pårørande eller kontaktperson)',
    participantOrganisation: 'Instans (for ekstern instans)',
    participantUnit: 'Eining (for ei eining)',
    participantStaff: 'Tilsett (for ein tilsett)',
    participantRole: 'Rolle i planen (valfritt), til dømes «støttekontakt»',
    participantNoAccess: 'Å vere deltakar gir ikkje tilgang til planen. Det gjer samtykket.',
    participantToRemove: 'Kva deltakar skal fjernast?',
    isIp: 'Gjer om til individuell plan (IP)',
    ipCoordinator: 'IP-koordinator (påkravd for IP)',
    ipCoordinatorHint:
      'Ein individuell plan skal ha ein koordinator (lov om kommunale helse- og ' +
      'omsorgstenester m.m. (helse- og omsorgstenestelova) § 7-2).',
    closeReason: 'Kvifor blir planen avslutta?',
    closeNote: 'Merknad (påkravd ved «Anna»)',
    closeWarning:
      'Ein avslutta plan kan ikkje endrast. Treng personen ein plan seinare, startar ein ein ny.',
    closed: (reference: string) => `Målplanen for sak ${reference} er avslutta.`,
    formTitle: (action: string, reference: string) => `${action} – målplan for sak ${reference}`,
    printTitle: (reference: string) => `Målplan for sak ${reference} – utskrift`,
    printReady:
      'PDF-en er klar. Lenkja verkar éin gong, i 5 minutt. Den som har lenkja, kan opne ' +
      'planen: ikkje del ho.',
    printOpen: 'Opne PDF',
    printNote:
      'Utskrifta blir logga. Oppbevar papiret som andre opplysningar med teieplikt, og del ' +
      'det berre med dei som har samtykke eller heimel.',
    saveStatus: 'Lagre status',
    goals: 'Mål',
    measures: 'Tiltak',
    evaluations: 'Evalueringar',
    consent: 'Samtykke',
    consentYes: (date: string | null, units: string) =>
      `Gitt${date ? ` ${date}` : ''}${units ? `, delt med ${units}` : ''}`,
    consentNo: 'Ikkje gitt – berre eininga som eig saka, ser planen',
    responsible: 'Ansvarleg',
    deadline: 'frist',
    created: (reference: string) => `Målplan for sak ${reference} er oppretta.`,
    updated: 'Målplanen er oppdatert.',
    suggestLevel2: 'Saka er på nivå 2 (gult): den bør ha ein målplan.',
    level3: 'Saka er på nivå 3–4 (raudt): oppgi vedtaket og om det trengst individuell plan.',
    show: 'Vis målplan',
    none: '–',
    pdf: {
      title: 'Målplan',
      cases: (references: string) => `Sak: ${references}`,
      resident: (name: string, birthDate: string | null) =>
        birthDate ? `${name}, fødd ${birthDate}` : name,
      period: (from: string, to: string) => `Planperiode: ${from} – ${to}`,
      madeWith: (participation: string) => `Planen vart laga med bebuaren ${participation}.`,
      targetDate: 'Måldato',
      goal: (n: number, text: string) => `Mål ${n}: ${text}`,
      measureLine: (type: string, description: string) => `${type}: ${description}`,
      evaluation: (date: string, by: string) => `${date}, ${by}`,
      footer: (reference: string, date: string, by: string) =>
        `Målplan for sak ${reference}, skriven ut ${date} av ${by}. ` +
        'Teiepliktig, jf. forvaltningslova § 13.',
      signatureResident: 'Bebuar',
      signatureCoordinator: 'Saksansvarleg / koordinator',
      fileName: (reference: string) => `malplan-${reference}`,
    },
    participation: {
      meeting: 'i møte',
      phone: 'på telefon',
      digital: 'digitalt',
      'not-present': 'deltok ikkje',
    },
    goalOutcomes: {
      reached: 'nådd',
      partly: 'delvis nådd',
      'not-reached': 'ikkje nådd',
      changed: 'endra',
    },
    participantKinds: {
      resident: 'Bebuaren',
      relative: 'Pårørande',
      staff: 'Tilsett',
      unit: 'Eining',
      external: 'Ekstern instans',
    },
    organisations: {
      spesialisthelsetjenesten: 'Spesialisthelsetenesta',
      kriminalomsorgen: 'Kriminalomsorga',
      husbanken: 'Husbanken',
      utleier: 'Utleigar',
      fastlege: 'Fastlege',
      annen: 'Anna instans',
    },
    closeReasons: {
      'goals-reached': 'måla er nådde',
      moved: 'flytta',
      declined: 'ønskjer ikkje vidare oppfølging',
      other: 'anna',
      'case-closed': 'saka blei avslutta',
    },
    phaseKinds: { overgang: 'Overgang', utproving: 'Utprøving', overforing: 'Overføring' },
    ipPoints: {
      'goals-resources': 'mål, ressursar og behov',
      participants: 'kven som deltek',
      coordinator: 'IP-koordinator',
      contributions: 'kva bebuaren og pårørande eller andre bidreg med',
      'measures-scope': 'omfang på kvart tiltak',
      'period-revision': 'planperiode (frå og til)',
      consent: 'samtykke',
      cooperation: 'samarbeid med andre instansar',
    },
  },
  reminders: {
    title: (reference: string) => `Påminning – sak ${reference}`,
    digestTitle: (count: number) => `${count} påminningar`,
    case: (reference: string) => `Sak ${reference}`,
    legalDeadline: 'Lovfesta frist',
    due: 'Gjeld',
    done: 'Utført',
    snooze: 'Utset',
    snoozeDays: (d: number) => (d === 1 ? '1 dag' : `${d} dagar`),
    snoozeFor: 'Utset med',
    open: 'Opne sak',
    /** The tooltip of a list row's "Opne sak" (screen readers read it): which case. */
    openCase: (reference: string) => `Opne sak ${reference}`,
    /** Instead of the date, for a reminder due today. */
    dueToday: 'i dag',
    doneBy: (name: string, date: string) => `Utført av ${name} ${date}`,
    snoozedUntil: (date: string) => `Utsett til ${date}`,
    /** The title of a late-registered eviction date: how many days are left. */
    evictionInDays: (days: number) =>
      days <= 0
        ? 'Utkasting i dag'
        : days === 1
          ? 'Utkasting i morgon'
          : `Utkasting om ${days} dagar`,
    snoozedToDeadline: (date: string) =>
      `Utsett til ${date}, som er fristen: lenger kan den ikkje utsetjast.`,
    handOver: 'Overfør',
    handOverTo: 'Overfør til kollega',
    chooseColleague: 'Vel kollega',
    handedTo: (name: string, byName: string, date: string) =>
      `Overført til ${name} av ${byName} ${date}`,
    handedToYou: (byName: string) => `Overført til deg av ${byName}`,
    to: (name: string) => `til ${name}`,
    /** `lines`: "sak 2026-0001 – To veker til utkasting (3. desember 2026)". */
    undelivered: (lines: readonly string[]) =>
      'Husly fekk ikkje levert ' +
      (lines.length === 1 ? 'denne påminninga' : `desse ${lines.length} påminningane`) +
      ` som kort: ${lines.join('; ')}. Skriv «påminningar» for å sjå dei.`,
    undeliveredLine: (reference: string, title: string, date: string) =>
      `sak ${reference} – ${title} (${date})`,
    listTitle: 'Komande påminningar',
    listEmpty: 'Ingen komande påminningar for sakene dine.',
    undeliveredTitle: 'Kunne ikkje leverast – følg opp sjølv',
    /** Notices the notice outbox gave up on, about cases the reader sees. */
    undeliveredNoticesTitle: 'Varsel som ikkje kom fram – gi beskjed sjølv',
    noticeKinds: {
      'case.forUnit': 'ny sak til eininga',
      'case.forCoordinator': 'ny bekymring til saksansvarleg',
      'case.involvedAlert': 'varsel til involvert eining',
      'case.handedOver': 'overføring',
      'case.acute': 'utan tak over hovudet i natt',
      'case.breakGlass': 'nødtilgang',
      'case.accessGranted': 'tilgang gitt',
      'lookup.throttled': 'oppslag stansa',
      'case.handOverProposed': 'forslag om overføring',
      'case.levelReview': 'nivåvurdering',
      'case.handOverAnswered': 'svar på overføring',
      'plan.newCaseElsewhere': 'ny sak for personen i ein målplan',
      'unit.worklist': 'arbeidslista for veka',
    },
    timelineTitle: (reference: string) => `Oppfølgingsplan for sak ${reference}`,
    timelineEmpty: 'Saka har ingen datoar å følgje opp enno.',
    law: '§',
    statuses: {
      pending: 'Planlagt',
      claimed: 'Blir sendt no',
      sent: 'Sendt',
      dead: 'Ikkje levert',
      cancelled: 'Avlyst',
      done: 'Utført',
      handed: 'Overført',
    },
    kinds: {
      P0: [
        'Melding om restanse frå innfordring eller bustad',
        'Prøv å få kontakt med personen i dag, eller avtal heimebesøk. Er kommunen ' +
          'utleigar, skal det ikkje sendast varsel etter tvangsfullføringslova § 4-18 før ' +
          'det er prøvd å få kontakt.',
      ],
      P5: [
        'Er det oppnådd kontakt?',
        'Viss ikkje: heimebesøk. Gi innfordring beskjed om at det er prøvd å få kontakt.',
      ],
      D0: [
        'Husleiga er ikkje betalt ved forfall',
        'Utleigaren kan frå i dag sende varsel etter tvangsfullføringslova § 4-18. ' +
          'Spør personen om hen har fått brev.',
      ],
      D3: [
        'Ta kontakt med personen',
        'Sjekk bustøtte, inntekt og trekk i trygd, og tilby økonomisk rådgiving ' +
          '(sosialtenestelova § 17).',
      ],
      D7: [
        'Husleiga er framleis ubetalt',
        'Sørg for at personen får hjelp til å søkje økonomisk stønad (sosialtenestelova ' +
          '§§ 18–19), og kontakt utleigaren om nedbetalingsavtale.',
      ],
      D1M: [
        'Neste husleige forfell',
        'Er også denne ubetalt, vurder husleigetrekk eller frivillig forvaltning.',
      ],
      N0: [
        'Utleigaren har varsla NAV (husleigelova § 9-11)',
        'Kontakt personen no. Utleigaren kan begjære utkasting om lag to veker etter varselet.',
      ],
      N10: [
        'Utleigaren kan snart begjære utkasting',
        'Er det søkt om økonomisk stønad, eller avtalt nedbetaling med utleigaren?',
      ],
      V0: [
        'Varsel etter tvangsfullføringslova § 4-18 er motteke',
        'Søk om økonomisk stønad (sosialtenestelova §§ 18–19) no, og kontakt utleigaren.',
      ],
      'R-7': [
        'Ei veke til utleigaren kan begjære utkasting',
        'Er det gjort vedtak om økonomisk stønad, og er utbetaling til utleigaren avtalt?',
      ],
      'R-2': [
        'Utleigaren kan snart begjære utkasting',
        'Er det ikkje funne ei løysing, ta saka opp med leiaren i dag.',
      ],
      R0: [
        'Utleigaren kan no begjære utkasting',
        'Frå i dag kan utleigaren sende begjæring om utkasting til namsmannen.',
      ],
      B0: [
        'Brev frå namsmannen om begjæring om utkasting',
        'Bebuaren har 14 dagar frå brevet kom fram, til å kome med motsegn. ' +
          'Start søknad om økonomisk stønad no.',
      ],
      Bnav0: [
        'NAV har fått kopi av brev frå namsmannen',
        'Fristen for motsegn er usikker: den blir rekna frå dagen bebuaren fekk brevet. ' +
          'Be om å få sjå brevet, og registrer fristen som står i det.',
      ],
      'O-4': [
        'Motsegn eller betaling?',
        'Avklar med bebuaren om det er grunnlag for motsegn, eller om heile kravet kan ' +
          'betalast før fristen.',
      ],
      O0: [
        'Fristen for motsegn går ut i dag',
        'Deretter kan namsmannen fastsetje dato for utkasting.',
      ],
      'F-14': [
        'To veker til utkasting',
        'Heile kravet kan betalast fram til låsen blir skifta; er det betalt, stadfest med ' +
          'utleigaren at begjæringa er trekt. Ordne mellombels butilbod om nødvendig.',
      ],
      'F-7': [
        'Ei veke til utkasting',
        'Heile kravet kan betalast fram til låsen blir skifta. Utsetjing krev samtykke frå ' +
          'utleigaren. Ordne mellombels butilbod om nødvendig.',
      ],
      'F-2': [
        'To dagar til utkasting',
        'Mellombels butilbod (sosialtenestelova § 27) må vere klart.',
      ],
      'F-1': [
        'Utkasting i morgon',
        'Stadfest med utleigaren og namsmannen om utkastinga blir gjennomført. Berre ' +
          'utleigaren kan gå med på utsetjing.',
      ],
      F0: [
        'Utkastingsdagen',
        'Heile kravet kan framleis betalast fram til låsen blir skifta. Sørg for at ' +
          'mellombels butilbod er klart (sosialtenestelova § 27).',
      ],
      F14: [
        'Første frist for å hente eigedelar',
        'Hjelp bebuaren med å hente eigedelane eller få dei lagra.',
      ],
      F28: [
        'Ny frist for eigedelar (sjå brevet frå namsmannen)',
        'Namsmannen sender nytt varsel; samla frist er om lag fire veker. Registrer datoen ' +
          'frå brevet.',
      ],
      E0: [
        'Siste frist for eigedelar',
        'Fristen frå det andre brevet frå namsmannen går ut i dag.',
      ],
      'K-90': [
        'Leigekontrakten går ut om tre månader',
        'Avklar ny kontrakt eller neste steg i bustadkarrieren (til dømes startlån).',
      ],
      K0: [
        'Leigekontrakten går ut i dag',
        'Er ny kontrakt på plass, eller har personen ein annan stad å bu?',
      ],
      K90: [
        'Tre månader sidan leigekontrakten gjekk ut',
        'Har ikkje utleigaren gitt skriftleg oppmoding om å flytte innan no, kan leigeforholdet ' +
          'ha gått over til å gjelde på ubestemt tid. Sjekk med utleigaren.',
      ],
      S0: [
        'Oppseiing frå utleigar',
        'Leigetakaren kan protestere skriftleg innan éin månad (husleigelova § 9-8). ' +
          'Avklar om det er grunnlag for protest.',
      ],
      'Sp-7': [
        'Ei veke til protestfristen',
        'Skal det sendast protest mot oppseiinga? Hjelp leigetakaren med å skrive den.',
      ],
      Sp0: [
        'Protestfristen går ut i dag',
        'Utan skriftleg protest kan utleigaren krevje utkasting når oppseiingstida er ute.',
      ],
      'D-catchup': [
        'Saka kom inn seint: gjer dette no',
        'Kontakt personen, sjekk bustøtte, hjelp med søknad om økonomisk stønad ' +
          '(sosialtenestelova §§ 18–19) og kontakt utleigaren om nedbetalingsavtale.',
      ],
      'F-soon': [
        'Utkasting om kort tid',
        'Det er under to veker til utkastingsdatoen. Sørg for betaling eller mellombels ' +
          'butilbod (sosialtenestelova § 27) no.',
      ],
      'case.acuteUntaken': [
        'Akutt sak utan saksansvarleg',
        'Personen står utan tak over hovudet i natt, og ingen har teke saka på to timar. ' +
          'Fordel den no.',
      ],
      'case.untaken': [
        'Sak utan saksansvarleg',
        'Ingen i eininga har teke saka på ein arbeidsdag. Fordel den.',
      ],
      'measure.soon': ['Tiltak nærmar seg fristen', 'Sjekk status i målplanen.'],
      'measure.due': ['Tiltak har frist i dag', 'Oppdater status i målplanen.'],
      'measure.overdue': [
        'Tiltak er forseinka',
        'Fristen har gått ut. Følg opp med den ansvarlege.',
      ],
      'measure.escalated': ['Tiltak er framleis forseinka', 'Sendt til leiar.'],
      'evaluation.soon': ['Evaluering nærmar seg', 'Førebu evalueringa av målplanen.'],
      'evaluation.due': ['Evaluering i dag', 'Registrer evalueringa i målplanen.'],
      'phase.start': [
        'Ny fase i CTI-oppfølginga',
        'Sjå målplanen for fasen og kor ofte de skal ha kontakt.',
      ],
      'staff.reassign': [
        'Saka treng ny saksansvarleg',
        'Saksansvarleg har slutta eller bytt eining. Vel ny med «overfør» og saksnummeret.',
      ],
      'case.breakGlass': [
        'Nødtilgang er brukt i saka',
        'Nokon utan tilgang har opna saka for å avverje fare for liv eller helse. ' +
          '«gi tilgang» og saksnummeret viser kven og til når; ' +
          '«tilgangskontroll» viser grunngivinga.',
      ],
      'handover.unanswered': [
        'Forslag om overføring er ikkje svart på',
        'Ei anna eining har foreslått å overføre saka til eininga dykkar, og ingen har svart ' +
          'på ein arbeidsdag. Godta eller avslå på forslagskortet.',
      ],
    },
  },
  routing: {
    title: 'Kven får nye saker',
    byDefault: 'standard',
    hint:
      'Administrator endrar med «ruting [type] [eining]», ' +
      'til dømes «ruting husleierestanse nav-bolig». ' +
      'Typar (skriv dei slik): husleierestanse, varsel, namsmann, utkastelsesdato, annet. ' +
      'Unntak: ei ny sak på nivå 1 (råd og rettleiing, utan akutt behov, varsel, namsmann, ' +
      'utkastingsdato eller varsel frå utleigar til NAV) blir verande hos eininga som melder, ' +
      'når den følgjer opp personar sjølv.',
    changed: (type: string, unit: string) => `Nye saker om ${type} går no til ${unit}.`,
  },
  classification: {
    title: (reference: string) => `Endre nivå eller kategori for sak ${reference}`,
    level: 'Nivå',
    reason: 'Kvifor?',
    submit: 'Lagre',
    done: (reference: string) => `Sak ${reference} er endra. Kven, når og kvifor er lagra.`,
    tildelingAsked: (unit: string, reached: Reach) =>
      `Frå nivå 2 er oppfølginga tildelingsteamet sitt ansvar: ${unit} er spurt om saka skal ` +
      'bli verande hos dykk eller takast over av dei. De får svaret her.' +
      notYetReached(unit, reached),
    change: 'Endre nivå/kategori',
  },
  resolution: {
    markPaid: 'Restansen er betalt',
    close: 'Avslutt sak',
    paidTitle: (reference: string) => `Restansen er betalt – sak ${reference}`,
    paidExplain:
      'Påminningar om husleigerestansen og varselet stoppar. Er det sett ein utkastingsdato, ' +
      'varslar Husly framleis fram til den: berre utleigaren kan trekkje begjæringa hos ' +
      'namsmannen.',
    paidDate: 'Dato heile restansen blei betalt',
    paidSubmit: 'Registrer betaling',
    paidDone: (reference: string, evictionDate: string | null) =>
      evictionDate
        ? `Restansen i sak ${reference} er registrert som betalt. ` +
          `Påminningar om restansen er stoppa, men Husly varslar framleis om utkastingsdatoen ` +
          `${evictionDate} til utleigaren har trekt begjæringa.`
        : `Restansen i sak ${reference} er registrert som betalt. ` +
          `Påminningar om restansen er stoppa.`,
    closeTitle: (reference: string) => `Avslutt sak ${reference}`,
    closeExplain:
      'Alle planlagde påminningar for saka blir stoppa. Saka kan ikkje endrast etterpå; ' +
      'ei ny bekymring for same person opnar ei ny sak.',
    closeReason: 'Kvifor blir saka avslutta?',
    closeNote: 'Merknad (må fyllast ut ved «Anna»; ikkje skriv helseopplysningar)',
    closeSubmit: 'Avslutt saka',
    closeDone: (reference: string) =>
      `Sak ${reference} er avslutta, og alle planlagde påminningar er stoppa.`,
    paidOn: (date: string) => `Restansen blei betalt ${date}`,
    closedBecause: (reason: string) => `Avslutta: ${reason}`,
    needReference:
      'Skriv saksnummeret, til dømes «restansen er betalt 2026-0004» ' +
      'eller «avslutt sak 2026-0004».',
  },
  events: {
    /** Button and list labels, by stored code ('betalt' is "Restansen er betalt"). */
    labels: {
      'kontakt-opprettet': 'Første kontakt med bebuaren',
      'stonad-sokt': 'Søknad om økonomisk stønad sendt',
      'stonad-vedtak': 'Vedtak om økonomisk stønad',
      'stonad-utbetalt': 'Stønad utbetalt til utleigar',
      nedbetalingsavtale: 'Nedbetalingsavtale inngått',
      'begjaering-trukket': 'Begjæringa trekt',
      'utsettelse-avtalt': 'Utsetjing avtalt',
      'ny-utkastelsesdato': 'Ny utkastingsdato',
      'innsigelse-sendt': 'Motsegn sendt',
      'midlertidig-botilbud': 'Mellombels butilbod frå',
      'bolig-sikret': 'Bustad sikra',
      betalt: 'Restansen er betalt',
    },
    decisions: { innvilget: 'innvilga', avslatt: 'avslått' },
    record: 'Registrer hending',
    title: (reference: string) => `Kva er gjort eller avgjort? Sak ${reference}`,
    explain:
      'Trykk på det som er gjort. Det blir lagra med dagens dato og namnet ditt, og ' +
      'påminningane blir tilpassa. Stønad er økonomisk stønad etter sosialtenestelova ' +
      '§§ 18–19. Utsetjing må utleigaren gå med på.',
    afterDone: 'Registrer kva som blei gjort (med dagens dato):',
    formTitle: (label: string, reference: string) => `${label} – sak ${reference}`,
    decision: 'Utfall',
    amount: 'Beløp i kroner (kan stå tomt)',
    covers: 'Utbetalinga dekkjer heile restansen',
    newEvictionDate: 'Ny utkastingsdato',
    accommodationFrom: 'Mellombels butilbod frå',
    contactDay: 'Dagen de fekk kontakt',
    submit: 'Registrer',
    recorded: (label: string, reference: string, date: string) =>
      `«${label}» er registrert i sak ${reference} (${date}).`,
    alreadyRecorded: (label: string, reference: string, date: string) =>
      `«${label}» var allereie registrert i sak ${reference} (${date}). Ingenting er endra.`,
    paidEffect: (evictionDate: string | null) =>
      evictionDate
        ? `Påminningar om restansen og varselet er stoppa. Husly varslar framleis om ` +
          `utkastingsdatoen ${evictionDate} til det er registrert at begjæringa er trekt.`
        : 'Påminningar om restansen og varselet er stoppa.',
    effects: {
      'kontakt-opprettet': 'Påminningar om å få kontakt med personen er stoppa.',
      'begjaering-trukket': 'Påminningar om utkastingsdatoen og fristen for motsegn er stoppa.',
      'innsigelse-sendt': 'Påminningar om fristen for motsegn er stoppa.',
      'utsettelse-avtalt': 'Registrer den nye utkastingsdatoen når den er kjend.',
      nedbetalingsavtale:
        'Påminningar om kontakt, søknad og nedbetaling er stoppa. Husly varslar framleis om ' +
        'lovfristane: ein avtale er ikkje betaling, og utleigaren kan framleis begjære utkasting.',
      'bolig-sikret':
        'Påminningar om oppfølging av restansen og utkastinga er stoppa. Husly varslar ' +
        'framleis om lovfristane (varsel, motsegn, utkasting, eigedelar, leigekontrakt og ' +
        'oppseiing); avslutt saka når oppfølginga er ferdig.',
    },
    newDateEffect: (date: string) =>
      `Utkastingsdatoen er no ${date}, og påminningane er flytta etter den.`,
    accommodationEffect: (date: string) => `Mellombels butilbod frå ${date} er lagra på saka.`,
    listTitle: 'Kva er gjort og avgjort',
    line: (date: string, what: string, by: string) => `${date}: ${what} (${by})`,
    amountShown: (amount: string) => `${amount} kr`,
    covering: 'dekkjer heile restansen',
    needReference: 'Skriv saksnummeret, til dømes «hending 2026-0004».',
  },
  accessReview: {
    title: 'Tilgangskontroll',
    allUnits: 'Alle einingar',
    categories: {
      'lookup-without-relation': 'Oppslag utan tilknyting',
      'many-people': 'Mange ulike personar',
      'break-glass': 'Nødtilgang',
      'outside-working-hours': 'Utanfor arbeidstid',
      throttled: 'Sperra (for mange oppslag)',
    },
    none: 'Ingen funn i perioden.',
    latest: (shown: number, total: number) =>
      shown < total ? `Dei nyaste ${shown} av ${total} funn` : `Alle ${total} funn, nyaste først`,
    at: (date: string, time: string) => `${date} kl. ${time}`,
    people: (n: number) => `${n} personar`,
    unknownStaff: 'Ukjend tilsett',
    footer:
      'Kortet viser tilsette og saksnummer, ikkje kven oppslaga galdt. ' +
      'Den fullstendige lista, med grunngivingane for nødtilgang, ' +
      'kan den som driftar Husly, ta ut som rekneark.',
  },
  /** "rapport" (issue 12 §3): the period card, and the download link in personal chat. */
  report: {
    title: 'Rapport',
    intro:
      'Indikatorane frå oversynet per månad og eining, tala til Husbanken for halvåret og ' +
      'KOSTRA-tala for utkastingar frå kommunale bustader. Berre tal: ingen namn eller ' +
      'fødselsnummer, og 1–4 under heile kommunen blir viste som «< 5».',
    preset: 'Periode',
    presets: {
      dates: 'Datoane under',
      lastHalf: (span: string) => `Siste heile halvår (${span})`,
      halfSoFar: (span: string) => `Dette halvåret så langt (${span})`,
      lastYear: (year: string) => `Heile ${year} (for KOSTRA)`,
    },
    from: 'Frå og med',
    to: 'Til og med',
    format: 'Filformat',
    formats: { xlsx: 'Excel (.xlsx)', csv: 'CSV for Excel (.csv)' },
    submit: 'Lag rapport',
    ready: 'Rapporten kan lastast ned',
    readyBody: (span: string) => `Rapport for ${span}.`,
    linkNote:
      'Lenkja verkar i 15 minutt. Husly lagar fila når lenkja blir opna, og sjekkar då igjen at ' +
      'du har tilgang. Ikkje del ho: den som har lenkja, kan laste ned rapporten. Treng du ' +
      'ei ny, skriv «rapport».',
    download: 'Last ned rapporten',
  },
  myCases: {
    title: 'Mine saker',
    empty: 'Du er ikkje saksansvarleg for nokon opne saker, og eininga di eig ingen opne saker.',
    adminEmpty:
      'Administratorar ser ikkje saker eller personar i Husly. «mine saker» viser ' +
      'saksbehandlarar, koordinatorar og leiarar sakene dei og eininga deira har.',
    asCoordinator: 'du er saksansvarleg',
    asUnit: 'eininga eig',
  },
  /** The worklist for the weekly boligmøte (issue 12 §1): reference, unit, what is due. */
  worklist: {
    title: 'Arbeidsliste til bustadmøtet',
    channelTitle: (unit: string) => `Arbeidsliste til bustadmøtet: ${unit}`,
    intro: (date: string) =>
      `Saker som treng ei avgjerd denne veka, per ${date}. Lovfristar først, så etter dato.`,
    channelIntro: (date: string) =>
      `Saker eininga eig som treng ei avgjerd denne veka, per ${date}. Kva som hastar, ` +
      'ser du med «Opne sak».',
    channelDue: (date: string) => `Frist: ${date}`,
    channelOpen: 'Treng ei avgjerd',
    showing: (shown: number, total: number) =>
      `Viser ${shown} av ${total}, dei som hastar mest først.`,
    empty:
      'Ingen av sakene dine treng ei avgjerd denne veka: ingen fristar nærmar seg, og alle ' +
      'sakene er tekne og følgde opp. God veke!',
    channelEmpty: (unit: string) =>
      `Ingen av sakene til ${unit} treng ei avgjerd denne veka. God veke!`,
    /** The law, in full the first time a card names it, then by its short form. */
    law: { full: 'tvangsfullføringslova', short: 'tvfl.' },
    reasons: {
      acute: 'Utan tak over hovudet i natt',
      evictionSoon: (date: string) => `Utkasting ${date}`,
      objectionOpen: (date: string, law: string) =>
        `Fristen for motsegn går ut ${date} (${law} § 13-6)`,
      objectionUnknown: (law: string) =>
        `Fristen for motsegn (${law} § 13-6) er ukjend: NAV har berre kopien av brevet frå ` +
        'namsmannen',
      requestSoon: (date: string, law: string) =>
        `Tidlegast begjæring ${date} (14 dagar etter varsel etter ${law} § 4-18)`,
      untaken: 'Ingen har teke saka',
      untakenSince: (date: string) => `Ingen har teke saka (registrert ${date})`,
      missing: {
        vedtak: 'Nivå 3–4 utan vedtak',
        plan: 'Nivå 3–4 utan plan',
        'vedtak-and-plan': 'Nivå 3–4 utan vedtak/plan',
      },
      measureOverdue: (date: string) => `Tiltak over fristen sidan ${date}`,
      evaluationOverdue: (date: string) => `Evaluering over fristen sidan ${date}`,
      neverContacted: (date: string) => `Ikkje kontakta sidan registreringa ${date}`,
    },
  },
  /** The overview with charts (issue 12 §2): counts only, small numbers suppressed. */
  overview: {
    title: (scope: string) => `Oversyn: ${scope}`,
    wholeMunicipality: 'Heile kommunen',
    period: (from: string, to: string) => `Perioden ${from}–${to}.`,
    asOf: (date: string) => `Opne saker per ${date}.`,
    filters: {
      unit: 'Eining',
      period: 'Tidsrom',
      from: 'Frå',
      to: 'Til',
      hint: 'Vel eining og periode, eller skriv frå- og til-dato.',
      refresh: 'Oppdater',
    },
    presets: {
      last30: 'Siste 30 dagar',
      thisHalf: 'Dette halvåret',
      lastHalf: 'Førre halvår',
      thisYear: 'I år',
      lastYear: 'I fjor',
      custom: 'Eigen periode (frå og til)',
    },
    /** Typed after «oversikt» for the whole municipality, separated by «|». */
    wholeWords: 'heile kommunen|kommunen|alle|heile',
    unknownUnit: (units: string) => `Fann inga eining som passar. Einingane er: ${units}.`,
    open: {
      heading: 'Opne saker',
      total: 'Opne saker i alt',
      byLevel: 'Fordelte på nivå',
      byPhase: 'Etter kor mykje det hastar',
      byCategory: 'Fordelte på kategori',
      byUnit: 'Fordelte på eining',
      none: 'Ingen opne saker.',
    },
    phases: {
      akutt: 'Utan tak over hovudet',
      'dato-satt': 'Dato for utkasting sett',
      begjaert: 'Utkasting begjært',
      varsel: 'Varsla',
      'etter-utkastelse': 'Etter utkasting',
      'for-varsel': 'Ikkje varsla enno',
      'uten-frist': 'Utan frist',
    },
    movement: {
      heading: 'Rørsle mellom nivå i perioden',
      moves: {
        'rod-gul': 'Frå raudt til gult',
        'gul-gronn': 'Frå gult til grønt',
        'rod-gronn': 'Frå raudt til grønt',
        'gronn-gul': 'Frå grønt til gult',
        'gul-rod': 'Frå gult til raudt',
        'gronn-rod': 'Frå grønt til raudt',
      },
    },
    outcomes: {
      heading: 'Utkastingar avverja og gjennomførte',
      intro: 'Saker avslutta i perioden som hadde varsel eller begjæring om utkasting.',
      prevented: 'Avverja (bustaden sikra)',
      evicted: 'Kasta ut',
      landlord: 'Utleigar',
      unknownLandlord: 'Ukjend utleigar',
    },
    legal: {
      heading: 'Rettslege steg registrerte i perioden',
      step: 'Steg',
      /** Short column headings: a narrow table breaks long words mid-word. */
      columns: { kommunal: 'Kommunal', privat: 'Privat', ukjent: 'Ukjend' },
      steps: {
        'varsel-4-18': 'Varsel etter tvangsfullføringslova § 4-18',
        'varsel-9-11': 'Varsel til NAV etter husleigelova § 9-11',
        begjaering: 'Begjæring om utkasting',
        utkastelse: 'Utkasting gjennomført',
      },
    },
    more: {
      heading: 'Elles i perioden',
      newCases: 'Nye saker',
      firstContact: 'Frå første bekymring til første kontakt (median)',
      days: (days: string, cases: string) => `${days} dagar (${cases} saker)`,
      money: 'Økonomisk stønad innvilga for å hindre utkasting (sosialtenestelova §§ 18–19)',
      kroner: (amount: string, cases: string) => `${amount} kr (${cases} saker)`,
      tooFew: (cases: string) => `for få saker til å vise (${cases})`,
      households: 'Hushald med barn',
      children: 'Barn',
    },
    total: 'I alt',
    hidden: 'skjult',
    about: (n: string) => `ca. ${n}`,
    notDrawn: (items: string) => `Ikkje teikna: ${items}.`,
    footnote:
      '«< 5» tyder 1–4 saker: små tal under heile kommunen blir ikkje viste, så ingen kan ' +
      'kjennast att. Andre tal under heile kommunen er runda av til næraste 5 («ca.»). ' +
      '«skjult» er eit tal som elles kunne reknast ut frå summen. «< 5» og «skjult» blir ' +
      'ikkje teikna i diagramma.',
  },
  /**
   * "Du har ikkje tilgang", said in full: what was refused, who owns the case, who may do it, and
   * what to do instead. Only owner facts are named (the reference, the owning unit, the
   * saksansvarleg): every registered user may know them.
   */
  denied: {
    /** The refusal: "Du har ikkje tilgang til å" and a `task`. */
    refused: (task: string) => `Du har ikkje tilgang til å ${task}.`,
    /** What was refused. */
    task: {
      read: 'sjå innhaldet i saka',
      take: 'ta saka',
      handOver: 'overføre saka',
      classify: 'endre nivå eller kategori i saka',
      grantAccess: 'gi andre einingar tilgang til saka',
      consent: 'registrere eller trekkje tilbake samtykke i saka',
      breakGlass: 'bruke nødtilgang i saka',
      markPaid: 'registrere at restansen er betalt',
      close: 'avslutte saka',
      recordEvent: 'registrere hendingar i saka',
      planCreate: 'starte målplan for saka',
      planRead: 'sjå målplanen for saka',
      planChange: 'endre målplanen',
      reminder: 'gjere noko med denne påminninga',
      linkChannel: 'kople ein kanal til ei eining',
      routing: 'endre kva eining som får nye saker',
      accessReview: 'sjå tilgangskontrollen',
      worklist: 'sjå arbeidslista',
      overview: 'sjå oversynet',
      report: 'hente rapporten',
      worklistSchedule: 'bestemme når arbeidslista blir lagd ut i kanalen',
    },
    owned: (reference: string, unit: string, coordinator: string | null) =>
      `${unit} eig sak ${reference}` +
      (coordinator ? ` (saksansvarleg: ${coordinator}).` : ' (ingen saksansvarleg enno).'),
    /** Who may, by the kind of task. */
    who: {
      leaders: 'Det kan saksansvarleg og koordinatorar og leiarar i eininga som eig saka.',
      owners: 'Det kan saksansvarleg og dei som arbeider i eininga som eig saka.',
      caseworkers: 'Det kan saksbehandlarar, koordinatorar og leiarar i eininga som eig saka.',
      workers:
        'Det kan saksansvarleg, eininga som eig saka, og einingar som har fått tilgang til den.',
      readers:
        'Det kan saksansvarleg, eininga som eig saka, og einingar som har fått tilgang til den ' +
        'eller er med i samtykket frå personen.',
      planReaders:
        'Det kan saksansvarleg, eininga som eig saka, og einingar som er med i samtykket frå ' +
        'personen. Ei eining med eit tiltak i planen ser sine eigne tiltak.',
      breakGlass:
        'Nødtilgang er for saksbehandlarar, koordinatorar og leiarar som ikkje har tilgang til ' +
        'saka frå før, når liv eller helse er i fare.',
      admins: 'Det kan berre Husly-administratorar.',
      ownUnitLeaders: 'Det kan leiarar, for si eiga eining.',
      casework: 'Det kan saksbehandlarar, koordinatorar og leiarar, for sine eigne saker.',
      overviewReaders: 'Det kan koordinatorar, leiarar og administratorar.',
      reportReaders: 'Det kan leiarar og administratorar.',
      unitLeaders: 'Det kan leiarar i eininga og administratorar, i kanalen til eininga.',
    },
    /** Whom to turn to: the saksansvarleg, else the owning unit. */
    contact: (unit: string, coordinator: string | null) =>
      coordinator ? `${coordinator} (saksansvarleg)` : unit,
    /** In the owning unit, without the role: a colleague may, or the asker takes the case. */
    askColleagues: (reference: string, coordinator: string | null) =>
      coordinator
        ? `Spør ${coordinator} (saksansvarleg) eller ein leiar i eininga di.`
        : 'Spør ein koordinator eller leiar i eininga di, eller ta saka sjølv med ' +
          `«ta saka ${reference}» og bli saksansvarleg.`,
    askOwner: (contact: string) => `Ta det opp med ${contact}.`,
    askOwnerOrAccess: (contact: string, reference: string) =>
      `Ta det opp med ${contact}, eller be om at eininga di får tilgang ` +
      `(dei gir den med «gi tilgang ${reference}»).`,
    askAccess: (contact: string, reference: string) =>
      `Treng eininga di saka i arbeidet, be ${contact} om å gi dykk tilgang ` +
      `med «gi tilgang ${reference}».`,
    askConsent: (contact: string, reference: string) =>
      `Treng eininga di målplanen, kan ${contact} registrere samtykket frå personen til å dele ` +
      `den med dykk («samtykke ${reference}»).`,
    breakGlassIfUrgent: (reference: string) =>
      `Er liv eller helse i fare og det hastar, bruk «nødtilgang ${reference}». Det blir logga, ` +
      'og leiarane i eininga som eig saka, får beskjed.',
    adminNoContent: (contact: string) =>
      `Administratorar ser ikkje saksinnhald i Husly. Treng saka noko, ta det opp med ${contact}.`,
    findOwner:
      'Skriv «kven eig» og saksnummeret for å sjå kven som eig saka, og kven du kan kontakte.',
    askAdmin: 'Be ein Husly-administrator i kommunen om å gjere det.',
    askRole: 'Treng du det i jobben, spør leiaren din om å få rolla i Husly.',
    askLeader: 'Treng du å sjå kven som har slått opp i saker, spør leiaren din.',
  },
  errors: {
    'HANDOVER.UNIT_REQUIRED': 'Vel kva eining saka skal overførast til.',
    'HANDOVER.PROPOSAL_NOT_FOUND': 'Fann ikkje forslaget om overføring.',
    'HANDOVER.NOT_RECEIVING_UNIT':
      'Berre saksbehandlarar, koordinatorar og leiarar i eininga saka er foreslått overført ' +
      'til, kan svare på forslaget.',
    'HANDOVER.DECLINE_REASON_REQUIRED':
      'Skriv kvifor de avslår (høgst 500 teikn). Den som foreslo overføringa, får grunngivinga.',
    'HANDOVER.STALE':
      'Forslaget gjeld ikkje lenger: saka er flytta eller avslutta sidan. Ingenting er endra.',
    'STATISTICS.INVALID_PERIOD':
      'Perioden må ha ein gyldig frå- og til-dato (ÅÅÅÅ-MM-DD), og frå-datoen kan ikkje vere ' +
      'etter til-datoen.',
    'STATISTICS.PERIOD_TOO_LONG': 'Perioden kan vere høgst fem år.',
    'WORKLIST.INVALID_SCHEDULE':
      'Skriv vekedag og klokkeslett, til dømes «arbeidsliste kvar måndag 08:30».',
    'ACCESS.DENIED': 'Du har ikkje tilgang til å gjere dette.',
    'CHANNEL.NOT_A_CHANNEL': 'Dette må gjerast i kanalen eininga skal nåast i, ikkje i ein chat.',
    'UNIT.NOT_FOUND': 'Fann inga eining med den nøkkelen.',
    'ACTOR.NOT_REGISTERED': 'Du er ikkje registrert som brukar av Husly.',
    'TENANT.NOT_ALLOWED': 'Husly er ikkje tilgjengeleg for denne organisasjonen.',
    'NATIONAL_ID.EMPTY': 'Skriv inn fødselsnummer eller D-nummer.',
    'NATIONAL_ID.FORMAT': 'Fødselsnummeret kan berre innehalde siffer.',
    'NATIONAL_ID.LENGTH': 'Fødselsnummeret må ha 11 siffer.',
    'NATIONAL_ID.CHECKSUM':
      'Fødselsnummeret er ikkje gyldig (kontrollsifra stemmer ikkje). ' +
      'Sjekk at det er skrive rett.',
    'NATIONAL_ID.DATE': 'Fødselsnummeret inneheld ikkje ein gyldig fødselsdato.',
    'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION':
      'Dette er eit syntetisk testnummer og kan ikkje brukast i produksjon.',
    'LOOKUP.NOT_FOUND': 'Fann inga sak.',
    'LOOKUP.PURPOSE_REQUIRED': 'Vel kvifor du slår opp personen.',
    'LOOKUP.PURPOSE_NOTE_REQUIRED': 'Skriv kort kvifor du slår opp personen (høgst 200 teikn).',
    'LOOKUP.NAME_TOO_SHORT':
      'Skriv fullt namn (førenamn og etternamn), eller namn og fødselsdato, til dømes ' +
      '«kven eig Kari Nordmann» eller «kven eig Nordmann 12.07.1987».',
    'CASE.NOT_FOUND': 'Fann ikkje saka.',
    'CASE.CLOSED': 'Saka er avslutta.',
    'CASE.ALREADY_TAKEN': 'Saka har allereie ein saksansvarleg.',
    'HANDOVER.SAME_OWNER': 'Denne eininga eig allereie saka, med same saksansvarleg.',
    'HANDOVER.COORDINATOR_NOT_IN_UNIT':
      'Saksansvarleg må arbeide i eininga saka blir overført til.',
    'HANDOVER.NOTE_REQUIRED': 'Skriv ei kort grunngiving for overføringa (høgst 500 teikn).',
    'STAFF.NOT_FOUND': 'Fann ikkje den tilsette.',
    'CLASSIFICATION.REASON_REQUIRED':
      'Skriv kvifor nivået eller kategorien blir endra (høgst 500 teikn).',
    'CLASSIFICATION.INVALID': 'Vel eit gyldig nivå og ein gyldig kategori.',
    'CLASSIFICATION.UNCHANGED': 'Verken nivå eller kategori er endra.',
    'PLAN.CLOSED':
      'Planen er avslutta og kan ikkje endrast. Start ein ny målplan om personen treng det.',
    'PLAN.ELSEWHERE':
      'Målplanen til personen følgjer ei anna sak for personen. Skriv «kven eig» og ' +
      'saksnummeret for å sjå kven som har han.',
    'PLAN.EXISTS':
      'Personen har allereie ein målplan, og kvar person har berre éin. Ligg han ikkje på ' +
      'denne saka, ligg han hos eininga som hadde den førre saka til personen: be henne flytte ' +
      'planen hit, med samtykke frå personen, om de skal følgje han opp.',
    'PLAN.NOT_FOUND': 'Saka har ingen målplan enno.',
    'PLAN.INVALID': 'Noko i målplanen må rettast. Sjå merknadene i skjemaet.',
    'REMINDER.NOT_FOUND': 'Fann ikkje påminninga.',
    'REMINDER.CHOOSE_COLLEAGUE': 'Vel ein kollega i eininga som eig saka (ikkje deg sjølv).',
    'RESOLUTION.INVALID_DATE': 'Skriv datoen restansen blei betalt (i dag eller tidlegare).',
    'RESOLUTION.ALREADY_PAID': 'Restansen er allereie registrert som betalt.',
    'RESOLUTION.REASON_REQUIRED':
      'Vel kvifor saka blir avslutta. Ved «Anna» må du skrive ei kort ' +
      'forklaring (høgst 500 teikn).',
    'ROUTING.UNKNOWN_TYPE':
      'Ukjend type. Bruk «husleierestanse», «varsel», «namsmann», «utkastelsesdato» ' +
      'eller «annet».',
    'LOOKUP.AMBIGUOUS':
      'Fleire personar med dette namnet har ei sak. Skriv fødselsdatoen også, ' +
      'til dømes «Kari Nordmann 12.07.1987», eller bruk fødselsnummeret.',
    'LOOKUP.EXPIRED':
      'Oppslaget er for gammalt eller ikkje ditt. Skriv «kven eig» og ' +
      'det du leitar etter, på nytt.',
    'LOOKUP.THROTTLED':
      'Du har gjort mange oppslag på personar den siste timen, så nye oppslag er ' +
      'stoppa ei stund. Det er logga, og leiaren din ser det i tilgangskontrollen. ' +
      'Hastar det, kontakt leiaren din.',
    'HANDOVER.COORDINATOR_NOT_CASEWORKER':
      'Saksansvarleg må vere ein saksbehandlar, koordinator eller leiar som ' +
      'framleis arbeider i eininga.',
    'REMINDER.INACTIVE': 'Påminninga er ikkje aktiv lenger (utført, stoppa eller overført).',
    'REMINDER.DEADLINE_TODAY':
      'Fristen er i dag, så påminninga kan ikkje utsetjast. Gjer det som må gjerast i dag.',
    'GRANT.OWNER_UNIT': 'Eininga eig allereie saka.',
    'GRANT.NOTE_REQUIRED': 'Skriv kort kvifor eininga treng tilgang (høgst 300 teikn).',
    'CONSENT.INVALID': 'Noko i samtykket må rettast. Sjå merknadene i skjemaet.',
    'CONSENT.NOT_FOUND': 'Fann ikkje samtykket, eller det er allereie trekt tilbake.',
    'BREAKGLASS.NOT_NEEDED': 'Du har allereie tilgang til saka og treng ikkje nødtilgang.',
    'BREAKGLASS.JUSTIFICATION_REQUIRED':
      'Skriv ei grunngiving på 20–500 teikn: kva fare, og kvifor ' + 'du treng opplysningane no.',
    'CHANNEL.PERSONAL_ONLY':
      'Dette viser eg berre i personleg chat, så ingen andre i kanalen ser det. ' +
      'Opne Husly under Appar i Teams, og skriv det der.',
    'CASE_EVENT.UNKNOWN_TYPE': 'Vel kva som er gjort eller avgjort.',
    'CASE_EVENT.INVALID_DATE':
      'Skriv ein gyldig dato (dd.mm.åååå), høgst eitt år fram eller tilbake i tid.',
    'CASE_EVENT.DATE_IN_PAST':
      'Den nye utkastingsdatoen kan ikkje vere tilbake i tid. Har utkastinga skjedd, ' +
      'meld det med ei ny bekymring.',
    'CASE_EVENT.DATE_IN_FUTURE': 'Dagen de fekk kontakt, kan ikkje vere fram i tid.',
    'CASE_EVENT.INVALID_AMOUNT': 'Beløpet må vere heile kroner, til dømes 12 500, eller stå tomt.',
    'CASE_EVENT.DECISION_REQUIRED': 'Vel om søknaden er innvilga eller avslått.',
  },
};
