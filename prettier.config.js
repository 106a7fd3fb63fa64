// One format for the whole repository (house rules, ARCHITECTURE.md § Code style).
// `npm run format` rewrites, `npm run format:check` (part of `npm test`) only checks.

/** @type {import('prettier').Config} */
export default {
  printWidth: 100,
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
};
