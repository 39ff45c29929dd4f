// ESLint for every workspace: typescript-eslint strict and stylistic, type-checked; React hooks and accessibility for
// the web client. Each workspace runs `eslint . --max-warnings 0` with this file.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

export default defineConfig(
  {
    // Generated or compiled output.
    ignores: ['**/node_modules/**', '**/dist/**', 'web/src/gql/**', '**/coverage/**'],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // Numbers and booleans in messages and ids are read as text on purpose; objects stay refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `onClick={() => setOpen(true)}` says what it does; a block around one call adds nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `.catch(() => {})` is how a handled-elsewhere rejection is dropped on purpose; empty functions stay refused.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
      // It asks for the `!` that no-non-null-assertion forbids; the two cannot both hold.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // A leading underscore names what is left out on purpose (a rest sibling, a parameter kept for its place).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Plain JavaScript (jest configs, bench and CI scripts) is not in any tsconfig: lint it without types.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      // CommonJS files load their modules with require.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['api/**/*.ts'],
    rules: {
      // type-graphql object types are classes used as shapes: resolvers return plain objects, graphql-js reads fields.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  {
    // A function (or component, or hook) that does not fit on a screen does more than one thing. Tests (tables of cases,
    // long scenarios), migrations and seeds (data written out) are long by nature and stay out; so is the generated
    // web/src/gql, ignored above.
    files: ['api/src/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    ignores: ['**/__tests__/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['tests/**', '**/__tests__/**'],
    rules: {
      // In a test a missing value is a failure: `!` fails it at that line, which is the assertion meant.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // jest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any`; the other no-unsafe rules stay.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.strict],
    languageOptions: { globals: globals.browser },
  },
);
