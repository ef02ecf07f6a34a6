/**
 * What the zip layer will inflate, counted on the bytes actually produced while streaming:
 * declared sizes and the entry count are never trusted. There is no ratio limit: deflate tops
 * out near 1 032:1 and a legitimate sheet of repeated long strings gets close to that, so a
 * ratio says nothing an absolute cap does not say better.
 */
export interface ZipLimits {
  /** Bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Bytes all entries read from one archive may inflate to together. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
};

/**
 * Compressed bytes pushed to the inflater at a time. Deflate expands at most ~1 032×, so one push
 * overshoots a cap by at most ~1 MB before it is noticed; small steps also keep fflate's output buffers small, which is faster.
 */
export const INFLATE_STEP = 1024;

/**
 * Small entries (most parts of a real workbook) are inflated in one call into a buffer of their
 * declared size plus one byte, which is several times faster than streaming. fflate then still
 * decodes a lying stream to its end without storing it, so the compressed size bounds that work:
 * 64 KB inflates to at most ~66 MB.
 */
export const ONE_SHOT = { maxCompressed: 64 * 1024, maxSize: 8 * 1024 * 1024 };
