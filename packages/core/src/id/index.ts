export { idCheckCharacter } from './idCheckCharacter';
export { isValidProvincePrefix } from './isValidProvincePrefix';
export { upgradeLegacyId } from './upgradeLegacyId';
export { maskIdNumber } from './maskIdNumber';
export { analyzeIdNumber } from './analyzeIdNumber';
export { sexOfId } from './sexOfId';
export type { IdAnalysis, Sex } from './IdAnalysis';
