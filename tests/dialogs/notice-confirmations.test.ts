import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nb } from '../../dialogs/texts/nb.ts';

/**
 * What a user is told about the notices an action sent: who was reached, who Husly tries again
 * (the notice outbox), and who could not be told — never more than happened.
 */
describe('confirmations say who was reached and who will be retried', () => {
  it('hand-over: reached, retried and unreached are named apart', () => {
    assert.equal(
      nb.handOver.done('2026-0004', 'Tildelingsteam', true, []),
      'Sak 2026-0004 er overført til Tildelingsteam. Tidligere og ny eier er varslet.',
    );
    assert.equal(
      nb.handOver.done('2026-0004', 'Tildelingsteam', false, [
        { kind: 'unit', name: 'NAV boligsosialt team', reach: 'reached' },
        { kind: 'unit', name: 'Tildelingsteam', reach: 'reached' },
        { kind: 'staff', name: 'Ola Hansen', reach: 'retrying' },
      ]),
      'Sak 2026-0004 er overført til Tildelingsteam. Kanalen til NAV boligsosialt team og ' +
        'kanalen til Tildelingsteam er varslet. Ola Hansen nås ikke nå – Husly prøver igjen.',
    );
    assert.equal(
      nb.handOver.done('2026-0004', 'Tildelingsteam', false, [
        { kind: 'unit', name: 'Tildelingsteam', reach: 'retrying' },
        { kind: 'staff', name: 'Ola Hansen', reach: 'unreached' },
      ]),
      'Sak 2026-0004 er overført til Tildelingsteam. Kanalen til Tildelingsteam nås ikke nå – ' +
        'Husly prøver igjen. Ola Hansen fikk ikke varselet (kanal ikke koblet eller Husly ikke ' +
        'installert). Saken står i «mine saker» hos den nye enheten.',
    );
  });

  it('a new concern: the owning channel or other units not reached now are retried', () => {
    assert.equal(
      nb.concern.ownerRetrying('NAV boligsosialt team'),
      'Kanalen til NAV boligsosialt team nås ikke nå – Husly prøver igjen.',
    );
    assert.equal(
      nb.concern.alertRetrying(['Psykisk helse og rus', 'Boligstiftelsen']),
      'Psykisk helse og rus og Boligstiftelsen nås ikke nå – Husly prøver igjen.',
    );
  });

  it('acute: who was told now, who Husly tries again, and to call when nobody was reached', () => {
    assert.equal(
      nb.notices.acuteAlerted('NAV', true, ['Liv Leder'], {
        channel: false,
        people: ['Per Leder'],
      }),
      'Uten tak over hodet i natt: kanalen til NAV og Liv Leder er varslet nå. ' +
        'Per Leder nås ikke nå – Husly prøver igjen.',
    );
    assert.equal(
      nb.notices.acuteAlerted('NAV', false, [], { channel: true, people: [] }),
      'Uten tak over hodet i natt: Husly nådde ingen i NAV nå og prøver igjen. Ring enheten nå.',
    );
  });

  it('access granted and break-glass say when the notice waits for a retry', () => {
    assert.match(nb.access.granted('2026-0004', 'Rus', false, true), /Kanalen deres nås ikke nå/);
    assert.doesNotMatch(nb.access.granted('2026-0004', 'Rus', false, true), /ingen koblet kanal/);
    assert.match(
      nb.breakGlass.opened('2026-0004', 'i morgen 10:00', false, true),
      /Lederne i enheten som eier saken, nås ikke nå – Husly prøver igjen\. Haster det/,
    );
    assert.match(
      nb.breakGlass.opened('2026-0004', 'i morgen 10:00', true, true),
      /Enheten som eier saken, er varslet\. Lederne nås ikke nå/,
    );
  });
});
