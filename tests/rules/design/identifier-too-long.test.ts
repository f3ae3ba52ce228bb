// identifier-too-long on parse trees: names over PostgreSQL's 63-byte limit, and names that truncate alike.
import { beforeAll, describe, expect, it } from 'vitest';
import { identifierTooLong, truncateIdentifier } from '../../../src/rules/design/identifier-too-long.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { applyFix, context, expectFinding, file, loadParser, run } from '../helpers.js';

beforeAll(loadParser);

const ID = 'identifier-too-long';

describe('identifier-too-long', () => {
  const long = `orders_${'x'.repeat(57)}`; // 64 bytes
  const exact = `orders_${'x'.repeat(56)}`; // 63 bytes
  const old = `legacy_${'y'.repeat(60)}`; // a long name created before: referencing it is not defining it

  it('counts bytes, not characters: 32 é are 64 bytes', () => {
    const name = 'é'.repeat(32);
    expect(truncateIdentifier(name)).toBe('é'.repeat(31));
    const found = run(identifierTooLong, context([file(`ALTER TABLE orders ADD COLUMN "${name}" text;`)]));
    expect(found).toHaveLength(1);
    // The name, its size in bytes against the limit, and the name PostgreSQL stores instead.
    expectFinding(found[0], { ruleId: ID, line: 1, severity: 'error', mentions: [`${name} is 64 bytes`, '63-byte', `stored as ${'é'.repeat(31)},`] });
  });

  it('flags names the statement defines at their line, not 63-byte names nor references to existing ones', () => {
    const sql = [
      `CREATE TABLE ${exact} (id bigint);`, //                                     1
      'CREATE INDEX', //                                                            2
      `  ${long.toUpperCase()}`, //                                                 3
      '  ON orders (id);', //                                                       4
      `ALTER TABLE orders ADD CONSTRAINT ${long}_fk FOREIGN KEY (id) REFERENCES ${old} (id);`, // 5
      `SELECT * FROM ${old};`, //                                                    6
    ].join('\n');
    const found = run(identifierTooLong, context([file(sql)]));
    expect(found.map((x) => x.line)).toEqual([3, 5]);
    expectFinding(found[0], { ruleId: ID, line: 3, mentions: [`${long} is 64 bytes`, `stored as ${long.slice(0, 63)}`] });
  });

  it('reports a collision between two names that truncate alike, and its fix writes the stored name', () => {
    const sql = `CREATE INDEX ${long}_a ON orders (id);\nCREATE INDEX ${long}_b ON orders (note);\n`;
    const found = run(identifierTooLong, context([file(sql)]));
    expect(found.map((x) => x.line)).toEqual([1, 2]);
    // The other name and where it is defined.
    expectFinding(found[1], { ruleId: ID, line: 2, mentions: [/collides/, `${long}_a`, 'migrations/002_change.sql:1'] });
    const fixed = applyFix(sql, found[0]);
    expect(fixed.split('\n')[0]).toBe(`CREATE INDEX ${long.slice(0, 63)} ON orders (id);`);
    expect(run(identifierTooLong, context([file(fixed.split('\n')[0])]))).toEqual([]);
  });
});

describeDocumentedExamples('identifier-too-long');
