import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every `graphql(...)` call in src/, read from the committed API contract.
 * Runs before every build and type check (`npm run codegen`), so the types always match the schema.
 */
const config: CodegenConfig = {
  schema: '../packages/schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          LocalTime: 'string',
          SafeInt: 'number',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
