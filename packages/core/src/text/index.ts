export { toHalfWidth } from './toHalfWidth';
export { cleanText } from './cleanText';
export type { CleanText } from './cleanText';
