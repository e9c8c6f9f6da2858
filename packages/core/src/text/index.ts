export { toHalfWidth, toHalfWidthAlphanumeric } from './toHalfWidth';
export { cleanText } from './cleanText';
export type { CleanText } from './cleanText';
