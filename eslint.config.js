// Lint rules (house rules, ARCHITECTURE.md § Code style). `npm run lint` is part of `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Logger methods: pino's, reached as `logger.x`, `log.x` or `this.logger.x`. */
const LOG_CALL =
  'CallExpression[callee.property.name=/^(trace|debug|info|warn|error|fatal)$/]' +
  ':matches([callee.object.name=/^(log|logger)$/], [callee.object.property.name=/^(log|logger)$/])';

/**
 * Project rules, exported so tests/unit/access-gate-rule.test.ts can prove each one bites.
 * The access gate (src/domain/access/access-gate.ts) is the only place that asks the policy
 * and writes audit events: a service that did either itself could skip the audit record.
 * @type {import('eslint').Linter.Config}
 */
export const houseRules = {
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: `${LOG_CALL} TemplateLiteral`,
        message:
          'No template literals in logger calls: log fixed event names and ids as fields, ' +
          'so personal data cannot slip into a log line.',
      },
      {
        selector:
          'CallExpression[callee.property.name=/^record(Many)?$/][callee.object.name=/audit/i]',
        message: 'Only the access gate writes audit events (use gate.record / gate.authorize).',
      },
      {
        selector:
          'CallExpression[callee.property.name=/^record(Many)?$/]' +
          '[callee.object.property.name=/audit/i]',
        message: 'Only the access gate writes audit events (use gate.record / gate.authorize).',
      },
      {
        selector: 'CallExpression[callee.name=/^(mayAct|roleCan)$/]',
        message: 'Only the access gate asks the access policy (use gate.authorize).',
      },
    ],
  },
};

/** Where the rules above do not apply: the gate itself and the policy it consults. */
const GATE_FILES = ['src/domain/access/access-gate.ts'];
const POLICY_FILES = ['src/domain/access/case-access.ts', 'src/domain/access/permissions.ts'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'src/persistence/generated/',
      'src/persistence/generated-pg/',
      'test-results/',
      'build/',
      'dist/',
      'dist.build-*/',
      'data/',
      'devTools/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // node:test's describe/it return promises the runner itself awaits.
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
          ],
        },
      ],
      // Prettier wraps code at 100 but never breaks strings, comments or regexes: this does.
      'max-len': ['error', { code: 100, tabWidth: 2 }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // In-memory fakes and stubs implement async ports without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      // Tests read parsed JSON (exports, stored dialog state, connector payloads) and assert its
      // shape field by field; typing every document first would only restate the assertions.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['src/**/*.ts', 'dialogs/**/*.ts', 'scripts/**/*.ts'], ...houseRules },
  {
    // Production code says what it knows about a missing value (tests may assert with `!`).
    files: ['src/**/*.ts', 'dialogs/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    files: [...GATE_FILES, ...POLICY_FILES],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', module: 'writable' } },
  },
);
