// node-pg against the facts table and its BI view (test/clients/setup.sql).  Optional:
// runs when the pg module is installed (npm install pg).  Prints a transcript compared
// with expected/node_pg.out.  node-pg sends parameters untyped, so figures insert as text.
const { Client } = require('pg');

let failures = 0;
function check(cond, what) {
  console.log((cond ? 'ok - ' : 'not ok - ') + what);
  if (!cond) failures++;
}

(async () => {
  const c = new Client();   // PGHOST, PGPORT, PGUSER, PGDATABASE
  await c.connect();
  await c.query('BEGIN');
  const ins = await c.query(
    'INSERT INTO facts (region, item, amount, plan) VALUES ($1, $2, $3, $4) RETURNING amount, plan',
    ['深圳', '地区生产总值', '3.46万亿元', '增长6%左右']);
  console.log('inserted:', JSON.stringify(ins.rows[0]));
  check(ins.rows[0].amount === '3.46万亿元', 'insert by parameter returns the figure');
  const s = await c.query("SELECT sum(amount) FROM facts WHERE dimension(amount) = 'CNY'");
  console.log('sum(amount):', JSON.stringify(s.rows[0].sum));
  const b = await c.query('SELECT amount, amount_value, amount_base_unit, amount_lower, amount_upper, amount_is_change FROM facts_bi ORDER BY id');
  console.log('columns:', b.fields.map(f => f.name + ' ' + f.dataTypeID).join(', '));
  for (const r of b.rows) console.log('row:', JSON.stringify(r));
  const t = await c.query('SELECT amount_dimension, sum(amount_value) AS total FROM facts_bi GROUP BY 1 ORDER BY 1');
  console.log('sum by dimension:', JSON.stringify(t.rows));
  check(t.rows[0].total === '5040000000000', 'sum through the BI view is a numeric string');
  await c.query('ROLLBACK');
  await c.end();
  process.exit(failures ? 1 : 0);
})().catch(e => { console.log('error:', e.message); process.exit(1); });
