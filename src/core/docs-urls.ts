// The documentation a finding links to: this project's page for each rule, and the PostgreSQL
// manual the rules cite. Defined once here, as both the rules and the reports name them.

/** This project's repository. */
export const PROJECT_URL = 'https://github.com/pg-migration-review/pg-migration-review';

/** This project's rule pages (docs/rules/<id>.md, generated from each rule's meta by `npm run generate`). */
export const RULE_DOCS_URL = `${PROJECT_URL}/blob/main/docs/rules`;

/** The page of one rule: a finding's `docs` link and SARIF's helpUri. */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_URL}/${ruleId}.md`;
}

/** The PostgreSQL manual, current version: where the rules' references point. */
export const POSTGRES_DOCS_URL = 'https://www.postgresql.org/docs/current';
