// The exit status: which verdicts fail the check under `fail-on`.
import type { FailOn } from '../core/config.js';
import type { Verdict } from '../core/finding.js';

export function gateFails(verdict: Verdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (verdict === 'fail' || verdict === 'escalate') return true;
  return failOn === 'warning' && verdict === 'warn';
}
