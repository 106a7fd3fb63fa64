/**
 * Layer rules (see ARCHITECTURE.md). `npm run deps` fails the build when one is broken.
 * The domain core must stay free of the bot SDK, the web server and the ORM, so the Teams
 * edge (botbuilder is end-of-support) can be replaced without touching it.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain imports only src/domain and Node built-ins.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'domain-no-frameworks',
      comment: 'No botbuilder, restify or Prisma in the domain, not even as types.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        path: [
          'botbuilder',
          'botframework',
          'restify',
          '@prisma',
          'prisma',
          'src/persistence/generated',
        ],
      },
    },
    {
      name: 'dialogs-no-persistence',
      comment: 'Dialogs call domain services; they never touch the database or the HTTP server.',
      severity: 'error',
      from: { path: '^dialogs/' },
      to: { path: ['^src/persistence/', '^src/server/', '@prisma', 'restify'] },
    },
    {
      name: 'prisma-stays-in-persistence',
      comment: 'Prisma types stay inside src/persistence (and the scripts and tests that wire it).',
      severity: 'error',
      from: { path: '^(src|dialogs)/', pathNot: '^src/(persistence/|main\\.ts)' },
      to: { path: ['@prisma', 'src/persistence/generated'] },
    },
    {
      name: 'restify-stays-in-server',
      severity: 'error',
      from: { path: '^(src|dialogs)/', pathNot: '^src/server/' },
      to: { path: 'restify' },
    },
    {
      name: 'nlpjs-stays-in-intent-model',
      comment:
        'The NLU library stays in the model files (training, the network it trains, stemming): ' +
        'it can be swapped without touching the rest.',
      severity: 'error',
      from: {
        pathNot: '^dialogs/understanding/(intent-model|network|nlpjs-trainer|nlpjs\\.d)\\.ts$',
      },
      to: { path: '@nlpjs' },
    },
    {
      name: 'exceljs-stays-in-report-writer',
      comment:
        'The spreadsheet library is one file deep (src/report/xlsx-writer.ts): the report itself ' +
        'is format-neutral, so the library can be swapped without touching the rest. Tests may ' +
        'open the written file with it.',
      severity: 'error',
      from: { pathNot: '^(src/report/xlsx-writer\\.ts|tests/)' },
      to: { path: 'exceljs' },
    },
    {
      name: 'pdfkit-stays-in-pdf-render',
      comment:
        'The PDF library is one file deep (src/print/pdf-render.ts): what is printed is plain ' +
        'data (print-document.ts), so the library can be swapped without touching the rest.',
      severity: 'error',
      from: { pathNot: '^src/print/pdf-render\\.ts$' },
      to: { path: 'pdfkit' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Generated Prisma code is not checked itself, but importing it is (so it is not excluded).
    doNotFollow: { path: ['node_modules', 'src/persistence/generated'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
