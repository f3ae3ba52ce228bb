import { beforeAll, describe, expect, it } from 'vitest';
import { ensureParser, parseSqlFile } from '../../src/sql/index.js';
import { placeStatements } from '../../src/review/replay/transaction-blocks.js';

beforeAll(() => ensureParser());
const place = (sql: string, model: 'wrapped' | 'implicit' | 'none') =>
  placeStatements(parseSqlFile(sql).statements, model).map((p) => (p.inTransaction ? p.transactionId : '-'));

describe('transaction placement per framework model', () => {
  it('wraps a whole file for runners that open a transaction, until an explicit COMMIT', () => {
    expect(place('create table a(id int); create index on a(id);', 'wrapped')).toEqual([1, 1]);
    expect(place('select 1; commit; create index concurrently i on a(id);', 'wrapped')).toEqual([1, 1, '-']);
  });

  it('treats a multi-statement query string as one implicit block, a lone statement as none', () => {
    expect(place('create index concurrently i on a(id);', 'implicit')).toEqual(['-']);
    expect(place('select 1; create index concurrently i on a(id);', 'implicit')).toEqual([1, 1]);
  });

  it('follows explicit BEGIN/COMMIT in files run statement by statement', () => {
    expect(place('select 1; begin; select 2; commit; select 3; start transaction; select 4; rollback;', 'none')).toEqual(['-', 1, 1, 1, '-', 2, 2, 2]);
  });
});
