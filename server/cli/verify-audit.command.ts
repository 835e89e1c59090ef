import type { Command } from './cli';
import { verifyAuditChain } from '../platform/audit/verify-audit-chain';

export const verifyAuditCommand: Command = {
  summary: '校验审计日志哈希链，指出第一条被篡改的记录',
  usage: 'verify-audit [--district 441802]',
  options: { district: { type: 'string' } },
  async run({ values, services }) {
    const district = values.district as string | undefined;
    const result = await verifyAuditChain(services!.database.db, district ? [district] : undefined);
    if (result.ok) {
      console.log(`audit chain intact: ${result.checkedRows} rows in ${result.districts} district chains; ${result.pending} rows pending seal`);
      return 0;
    }
    const broken = result.firstBroken!;
    console.error(`audit chain BROKEN at district ${broken.districtCode}, seq ${broken.seq} (${broken.reason}); ${result.checkedRows} rows checked, ${result.pending} rows pending seal`);
    return 1;
  },
};
