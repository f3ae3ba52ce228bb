// Fingerprints the findings of a review from the texts of its files (the fingerprint itself is
// src/core/fingerprint.ts, which the reports read too).
import type { Finding } from '../core/finding.js';
import { findingFingerprint } from '../core/fingerprint.js';

/** Sets every finding's fingerprint from the texts of the files under review. */
export function fingerprintFindings(findings: Finding[], textOf: (path: string) => string | undefined): void {
  for (const f of findings) f.fingerprint = findingFingerprint(f, textOf(f.file));
}
