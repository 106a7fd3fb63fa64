import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import config, { houseRules } from '../../../../eslint.config.js';

/**
 * One access gate (src/domain/access/access-gate.ts) decides and audits every read and write of
 * case data. ESLint's house rules (eslint.config.js, run by `npm run lint` inside `npm test`)
 * fail the build when anything else asks the policy or writes an audit event, or when a logger
 * call builds its message from a template literal. These tests prove each rule bites, and that
 * the only exemptions are the gate and the policy it consults.
 */
async function problems(code: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      { files: ['**/*.ts'], ...houseRules },
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: 'src/domain/x/sneaky.service.ts' });
  assert.ok(result);
  return result.messages.map((m) => m.message);
}

describe('the access gate is the only way to the policy and the audit trail', () => {
  it('refuses a service that writes an audit event itself however it reaches the log', async () => {
    for (const call of [
      "await repos.audit.record({ action: 'case.read' });",
      "await audit.record({ action: 'case.read' });",
      "await this.auditLog.record({ action: 'case.read' });",
    ]) {
      const found = await problems(call);
      assert.equal(found.length, 1, call);
      assert.match(found[0] ?? '', /Only the access gate writes audit events/);
    }
  });

  it('refuses code that asks the access policy itself', async () => {
    const found = await problems('if (mayAct(action, situation)) show();');
    assert.deepEqual(found, ['Only the access gate asks the access policy (use gate.authorize).']);
  });

  it('accepts the gate’s own calls from a service', async () => {
    assert.deepEqual(
      await problems("await this.gate.record(repos.audit, actor, { action: 'x', outcome: 'ok' });"),
      [],
    );
  });

  it('refuses template literals in logger calls, accepts fixed event names', async () => {
    const bad = await problems('logger.info({ event: `case.${name}` });');
    assert.match(bad[0] ?? '', /No template literals in logger calls/);
    assert.equal((await problems('this.logger.warn(`x ${y}`);')).length, 1);
    assert.deepEqual(await problems("logger.info({ event: 'case.read', caseId });"), []);
  });

  it('exempts only the gate and the policy from the rules', () => {
    const exempt = config
      .filter((block) => block.rules?.['no-restricted-syntax'] === 'off')
      .flatMap((block) => block.files ?? []);
    assert.deepEqual(exempt.sort(), [
      'src/domain/access/access-gate.ts',
      'src/domain/access/case-access.ts',
      'src/domain/access/permissions.ts',
    ]);
    const scoped = config.find((block) => block.rules === houseRules.rules);
    assert.deepEqual(scoped?.files, ['src/**/*.ts', 'dialogs/**/*.ts', 'scripts/**/*.ts']);
  });
});
