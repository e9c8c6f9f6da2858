export { ethnicityOptions, ETHNICITY_HAN } from './ethnicities';
export { educationOptions, educationBuckets, educationBucket, isCollegeOrAbove } from './education';
export type { EducationBucket } from './education';
