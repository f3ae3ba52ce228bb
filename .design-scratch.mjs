import { loadModule, parseSync, scanSync } from 'libpg-query';
await loadModule();
const long = 'a'.repeat(70);
const sqls = [
 `CREATE TABLE t_${long} (id int, "Qé${'é'.repeat(40)}" text)`,
 `CREATE TABLE t (a int, b integer, c serial, d bigserial, e smallserial, f serial4, g timestamp, h timestamp(3), i timestamp with time zone, j timestamptz, k timestamp without time zone[], l varchar(20), m character varying, n char(3), o character, p "char", q bpchar, r json, s jsonb, u char, v int8, w smallint, x public.mydom, y int2[])`,
];
for (const s of sqls) console.log(JSON.stringify(parseSync(s), null, 0));
console.log(JSON.stringify(scanSync(sqls[0])));
