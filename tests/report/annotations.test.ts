import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatWorkflowCommand, toAnnotations, type Annotation } from '../../src/report/annotations.js';
import { finding, reviewOf } from './helpers.js';

const A = 'db/migrations/001_orders.sql';
const B = 'db/migrations/002_users.sql';

describe('toAnnotations', () => {
  it('renders findings as workflow commands with level, span, title and message + help', () => {
    const review = reviewOf(
      [A],
      [
        finding('require-concurrent-index', A, 3, { column: 5, endLine: 3, message: 'CREATE INDEX on "orders" blocks writes.', help: 'Use CREATE INDEX CONCURRENTLY.' }),
        finding('drop-table', A, 7, { endLine: 9, message: 'Drops table "legacy".' }),
      ],
    );
    const { annotations, omitted } = toAnnotations(review);
    expect(omitted).toBe(0);
    expect(annotations).toEqual<Annotation[]>([
      { level: 'error', file: A, startLine: 3, endLine: 3, startColumn: 5, title: 'error require-concurrent-index', message: 'CREATE INDEX on "orders" blocks writes.\nUse CREATE INDEX CONCURRENTLY.' },
      // Multi-line span: no column (GitHub takes columns only on single-line annotations); escalate as error level.
      { level: 'error', file: A, startLine: 7, endLine: 9, title: 'escalate drop-table', message: 'Drops table "legacy".' },
    ]);
    expect(annotations.map(formatWorkflowCommand)).toEqual([
      '::error file=db/migrations/001_orders.sql,line=3,endLine=3,col=5,title=error require-concurrent-index::CREATE INDEX on "orders" blocks writes.%0AUse CREATE INDEX CONCURRENTLY.',
      '::error file=db/migrations/001_orders.sql,line=7,endLine=9,title=escalate drop-table::Drops table "legacy".',
    ]);
  });

  it('orders by severity (error, escalate, warning, notice), then review file order, then line', () => {
    const review = reviewOf(
      // B applies before A: file order is the review's, not alphabetical.
      [B, A],
      [
        finding('prefer-text', A, 1, { severity: 'notice' }),
        finding('ban-char', A, 2, { severity: 'warning' }),
        finding('drop-table', A, 5, { severity: 'escalate' }),
        finding('require-concurrent-index', A, 9),
        finding('require-concurrent-index', B, 20),
        finding('require-concurrent-index', A, 4),
        finding('ban-char', B, 1, { severity: 'warning' }),
      ],
    );
    const order = toAnnotations(review).annotations.map((a) => `${a.title} ${a.file === A ? 'A' : 'B'}:${a.startLine}`);
    expect(order).toEqual([
      'error require-concurrent-index B:20',
      'error require-concurrent-index A:4',
      'error require-concurrent-index A:9',
      'escalate drop-table A:5',
      'warning ban-char B:1',
      'warning ban-char A:2',
      'notice prefer-text A:1',
    ]);
  });

  it('keeps at most the limit per level, most severe first, and counts what it left out', () => {
    const findings = [
      ...Array.from({ length: 11 }, (_, i) => finding('ban-char', A, 100 + i, { severity: 'warning' })),
      ...Array.from({ length: 3 }, (_, i) => finding('drop-table', A, 50 + i, { severity: 'escalate' })),
      ...Array.from({ length: 9 }, (_, i) => finding('require-concurrent-index', A, 10 + i)),
      finding('prefer-text', A, 1, { severity: 'notice' }),
    ];
    const { annotations, omitted } = toAnnotations(reviewOf([A], findings));
    const errors = annotations.filter((a) => a.level === 'error');
    // 9 errors fit, then the first escalation by line; the other two escalations are left out.
    expect(errors.map((a) => a.title)).toEqual([...Array(9).fill('error require-concurrent-index'), 'escalate drop-table']);
    expect(errors[9].startLine).toBe(50);
    expect(annotations.filter((a) => a.level === 'warning').map((a) => a.startLine)).toEqual(Array.from({ length: 10 }, (_, i) => 100 + i));
    expect(annotations.filter((a) => a.level === 'notice')).toHaveLength(1);
    expect(omitted).toBe(2 + 1);

    const tight = toAnnotations(reviewOf([A], findings), { error: 2, warning: 0, notice: 5 });
    expect(tight.annotations.map((a) => a.title)).toEqual(['error require-concurrent-index', 'error require-concurrent-index', 'notice prefer-text']);
    expect(tight.omitted).toBe(findings.length - 3);
  });

  it('does not annotate ignored findings nor count them as omitted', () => {
    const review = reviewOf([A], [
      finding('require-concurrent-index', A, 1, { ignored: true, ignoreReason: 'table is empty' }),
      finding('ban-char', A, 2, { severity: 'warning' }),
    ]);
    const { annotations, omitted } = toAnnotations(review, { error: 0, warning: 10, notice: 10 });
    expect(annotations.map((a) => a.title)).toEqual(['warning ban-char']);
    expect(omitted).toBe(0);
  });

  it('returns nothing for a clean review', () => {
    expect(toAnnotations(reviewOf([A], []))).toEqual({ annotations: [], omitted: 0 });
  });
});

describe('formatWorkflowCommand escaping', () => {
  it('escapes %, CR and LF in the message but keeps its colons and commas', () => {
    const line = formatWorkflowCommand({
      level: 'warning',
      file: A,
      startLine: 1,
      endLine: 1,
      title: 'warning ban-char',
      message: 'Column "code": char(3) pads, 100% of the time.\r\nUse text:\nor varchar.',
    });
    expect(line).toBe('::warning file=db/migrations/001_orders.sql,line=1,endLine=1,title=warning ban-char::Column "code": char(3) pads, 100%25 of the time.%0D%0AUse text:%0Aor varchar.');
    // One command per line: nothing the runner would split on survives.
    expect(line).not.toMatch(/[\r\n]/);
  });

  it('escapes %, CR, LF, colon and comma in property values', () => {
    const line = formatWorkflowCommand({
      level: 'notice',
      file: 'db/a,b:c%d.sql',
      startLine: 2,
      endLine: 2,
      startColumn: 7,
      title: 'notice x\ny',
      message: 'm',
    });
    expect(line).toBe('::notice file=db/a%2Cb%3Ac%25d.sql,line=2,endLine=2,col=7,title=notice x%0Ay::m');
  });

  it('escapes the escape character first so existing sequences stay literal', () => {
    expect(escapeData('%0A\n')).toBe('%250A%0A');
    expect(escapeProperty('%2C,')).toBe('%252C%2C');
  });
});
