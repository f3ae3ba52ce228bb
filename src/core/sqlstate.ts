// SQLSTATE codes (PostgreSQL's errcodes appendix) the review gives a meaning of its own, named once
// for the layers that read them: replay records errors with their code, rules judge them.

/** 42P18 indeterminate_datatype: PostgreSQL could not infer a parameter's type, so the query may be fine but cannot be planned alone. */
export const INDETERMINATE_PARAMETER = '42P18';
