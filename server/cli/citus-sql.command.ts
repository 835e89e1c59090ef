import type { Command } from './cli';

export const citusSqlCommand: Command = {
  summary: '输出 Citus 分布式建表语句（见 docs/SCALING.md）',
  usage: 'citus-sql',
  async run({ services }) {
    const { distributedTableNames } = await import('../platform/db/schema-rules');
    const { citusDistributionSql } = await import('../platform/db/distribution');
    console.log(citusDistributionSql(await distributedTableNames(services!.database)));
    return 0;
  },
};
