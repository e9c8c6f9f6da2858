/** One root config: each package is a Jest project, TypeScript compiled by SWC (types are checked by `pnpm typecheck`). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

const base = {
  transform: { '^.+\\.(ts|tsx)$': swc },
  moduleNameMapper: { '^@taizhang/core$': '<rootDir>/../packages/core/src/index.ts' },
  testEnvironment: 'node',
};

module.exports = {
  testTimeout: 30000,
  projects: [
    { ...base, displayName: 'core', rootDir: 'packages/core', moduleNameMapper: { '^@taizhang/core$': '<rootDir>/src/index.ts' }, testMatch: ['<rootDir>/src/**/*.test.ts'] },
    { ...base, displayName: 'cli', rootDir: 'packages/cli', moduleNameMapper: { '^@taizhang/core$': '<rootDir>/../core/src/index.ts' }, testMatch: ['<rootDir>/src/**/*.test.ts'] },
    {
      ...base,
      displayName: 'addin',
      rootDir: 'addin',
      moduleNameMapper: { '^@taizhang/core$': '<rootDir>/../packages/core/src/index.ts' },
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
      testEnvironment: 'node',
      setupFiles: ['<rootDir>/jest.setup.cjs'],
    },
    { ...base, displayName: 'tests', rootDir: 'tests', testMatch: ['<rootDir>/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/'] },
  ],
};
