/** Buckets per row, at least: about one row in 32 then shares a bucket with another by chance. */
const BUCKETS_PER_ROW_BITS = 5;
const MIN_BUCKET_BITS = 10;
const MAX_BUCKET_BITS = 24;

/**
 * The positions, in order, of the hashes whose bucket is hit more than once, NaN standing for a row with
 * nothing to compare. Two passes over two bitmaps, "seen" and "seen again", sized to the rows (2 MB each for
 * a city's 500,000): sorting half a million keys or hashing them into a set took several times longer. Every
 * repeat is among the positions given, with the few rows that share a bucket by chance; the caller tells
 * them apart by what they hold.
 */
export function possibleRepeats(hashes: Float64Array): number[] {
  const bits = Math.min(MAX_BUCKET_BITS, Math.max(MIN_BUCKET_BITS, Math.ceil(Math.log2(hashes.length + 1)) + BUCKETS_PER_ROW_BITS));
  const shift = 32 - bits;
  const seen = new Uint8Array(1 << (bits - 3));
  const seenAgain = new Uint8Array(1 << (bits - 3));
  // Indexed loops: each runs once per sheet, over up to 500,000 rows, mostly before V8 has optimized it.
  for (let position = 0; position < hashes.length; position += 1) {
    const hash = hashes[position] ?? Number.NaN;
    if (Number.isNaN(hash)) continue;
    const bucket = hash >>> shift;
    const mask = 1 << (bucket & 7);
    const byte = bucket >>> 3;
    if (((seen[byte] ?? 0) & mask) === 0) seen[byte] = (seen[byte] ?? 0) | mask;
    else seenAgain[byte] = (seenAgain[byte] ?? 0) | mask;
  }
  const positions: number[] = [];
  for (let position = 0; position < hashes.length; position += 1) {
    const hash = hashes[position] ?? Number.NaN;
    if (Number.isNaN(hash)) continue;
    const bucket = hash >>> shift;
    if (((seenAgain[bucket >>> 3] ?? 0) & (1 << (bucket & 7))) !== 0) positions.push(position);
  }
  return positions;
}
