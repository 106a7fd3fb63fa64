import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

/**
 * One access gate (src/domain/access/access-gate.ts) decides and audits every read and write of
 * case data. This rule fails the build if anything else asks the policy or writes an audit
 * event, so a new service cannot quietly skip the gate (or its audit record).
 */
const GATE = 'src/domain/access/access-gate.ts';
const POLICY = ['src/domain/access/case-access.ts', 'src/domain/access/permissions.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** Calls that write the audit trail directly, or ask the policy. */
const AUDIT_WRITE = /\baudit\??\s*\.\s*record\s*\(|\)\s*\.\s*audit\s*\.\s*record\s*\(/;
const POLICY_CALL = /\b(?:mayAct|roleCan)\s*\(/;

export function violations(files: readonly string[], read: (f: string) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = read(file)
      .split('\n')
      .filter((line) => !/^\s*(?:\/\/|\*|\/\*)/.test(line))
      .join('\n');
    if (file !== GATE && AUDIT_WRITE.test(text))
      found.push(`${file}: writes an audit event (use the access gate)`);
    if (file !== GATE && !POLICY.includes(file) && POLICY_CALL.test(text))
      found.push(`${file}: asks the access policy (use the access gate)`);
  }
  return found;
}

describe('the access gate is the only way to the policy and the audit trail', () => {
  it('holds for src/, dialogs/ and scripts/', () => {
    const files = ['src', 'dialogs', 'scripts']
      .flatMap(sources)
      .map((f) => f.split(path.sep).join('/'));
    assert.ok(files.includes(GATE));
    assert.deepEqual(
      violations(files, (f) => readFileSync(f, 'utf8')),
      [],
    );
  });

  it('would catch a service that audits or decides by itself', () => {
    const fake = new Map([
      ['src/domain/x/sneaky.service.ts', "await repos.audit.record({ action: 'case.read' });"],
      ['dialogs/sneaky.ts', 'if (mayAct(action, situation)) show();'],
      [
        'src/domain/y/ok.service.ts',
        "await this.gate.record(repos.audit, actor, { action: 'x', outcome: 'ok' });",
      ],
    ]);
    assert.deepEqual(
      violations([...fake.keys()], (f) => fake.get(f)!),
      [
        'src/domain/x/sneaky.service.ts: writes an audit event (use the access gate)',
        'dialogs/sneaky.ts: asks the access policy (use the access gate)',
      ],
    );
  });
});
