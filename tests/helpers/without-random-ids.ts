/**
 * Tests that assert a resident's number (or a part of it) is absent from sent text, logs or
 * audit rows must not fail because a random id happens to contain those digits: a uuid, or an
 * activity id made of `Date.now()` and random digits. This removes both. A national identity
 * number has 11 digits, so runs of 13 or more digits are never one.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const LONG_DIGIT_RUN = /\d{13,}/g;

export const withoutRandomIds = (text: string): string =>
  text.replace(UUID, '<uuid>').replace(LONG_DIGIT_RUN, '<id>');
