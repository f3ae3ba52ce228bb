// Every rule of the registry has its test file next to its docs page, and that file replays the
// rule's documented examples: tests/rules/<layer>/<id>.test.ts, docs/rules/<id>.md, and a call to
// describeDocumentedExamples('<id>'). A rule added without them fails here, by name.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/rules/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe.each(ALL_RULES.map((r) => [r.meta.id, r.meta.layer] as const))('%s', (id, layer) => {
  const testFile = `tests/rules/${layer}/${id}.test.ts`;

  it(`has ${'tests/rules/<layer>/<id>.test.ts'} and docs/rules/<id>.md`, () => {
    expect(existsSync(root + testFile), `${id}: no test file ${testFile}`).toBe(true);
    expect(existsSync(`${root}docs/rules/${id}.md`), `${id}: no docs page docs/rules/${id}.md`).toBe(true);
  });

  it('its test file replays its documented examples', () => {
    const source = existsSync(root + testFile) ? readFileSync(root + testFile, 'utf8') : '';
    const call = new RegExp(`^describeDocumentedExamples\\(\\s*'${id}'\\s*\\);?$`, 'm');
    expect(call.test(source), `${id}: ${testFile} does not call describeDocumentedExamples('${id}')`).toBe(true);
  });
});
