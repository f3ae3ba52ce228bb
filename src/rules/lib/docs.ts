// Where the rules' references point: the PostgreSQL manual.
export const DOCS = 'https://www.postgresql.org/docs/current';
