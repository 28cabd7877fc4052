// Lint rules that keep the folder tree the architecture diagram (../shared/spec/style.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const features = ['lessons', 'quiz', 'lab', 'presenter'];
const src = (dir) => `./src/${dir}`;

// Each zone: files in `target` may not import from `from`.
const zones = [
  {
    target: src('engine'),
    from: ['cli', 'ui', 'store', 'app', ...features].map(src),
    message: 'The engine is a leaf: it imports nothing from the rest of the app.',
  },
  {
    target: src('cli'),
    from: ['ui', 'store', 'app', ...features].map(src),
    message: 'The CLI stands on the engine only.',
  },
  {
    target: src('store'),
    from: ['ui', 'app', 'cli', ...features].map(src),
    message: 'The store is shared below the features.',
  },
  {
    target: src('ui'),
    from: ['app', 'cli', ...features].map(src),
    message: 'ui holds dumb components: no features.',
  },
  {
    target: src('ui'),
    from: src('store'),
    except: ['./param-schema.ts'],
    message: 'ui holds dumb components: no store state (the parameter schema is allowed).',
  },
  ...features.map((feature) => ({
    target: src(feature),
    from: [
      'app',
      'cli',
      ...features.filter((f) => f !== feature && !(feature === 'presenter' && f === 'lessons')),
    ].map(src),
    message: 'Features do not import each other (only the presenter shows lessons) or the app.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'bench-results',
      'public',
      'tests/**/*-changed.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'katex', 'recharts'],
              message: 'The engine is pure TypeScript: no React, store, KaTeX or charts.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location'].map(
          (name) => ({ name, message: 'The engine must not touch the DOM or the browser.' }),
        ),
      ],
    },
  },
);
