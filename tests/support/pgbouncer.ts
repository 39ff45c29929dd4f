// The one PgBouncer helper, shared with `npm run cluster`.
export { pgbouncerBinary, startPgBouncer, type PgBouncer, type PgBouncerOptions } from '../../api/src/cluster/pgbouncer';
