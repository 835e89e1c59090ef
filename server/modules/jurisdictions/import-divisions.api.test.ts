import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/test-database';
import type { Database } from '../../platform/db/database';
import { importDivisions } from './import-divisions';
import { communityPlace, splitCsvLine } from './division-source';

let database: Database & { drop(): Promise<void> };
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database?.drop(); });

describe('division import', () => {
  it('changes nothing on a second run and keeps what staff edited', async () => {
    await database.query(`UPDATE jurisdictions SET households = 3200, area_type = 'rural' WHERE code = '441802006001'`);
    const progress: number[] = [];
    const counts = await importDivisions(database, { only: '4418', onProgress: (c) => progress.push(c.read) });
    expect(counts).toEqual({ read: 1337, inserted: 0, updated: 0, unchanged: 1337 });
    expect(progress.at(-1)).toBe(1337);
    const [node] = await database.query<{ households: number; area_type: string }>(`SELECT households, area_type FROM jurisdictions WHERE code = '441802006001'`);
    expect(node).toEqual({ households: 3200, area_type: 'rural' });
  });

  it('adds another city with its ancestors, keyed by real codes', async () => {
    const counts = await importDivisions(database, { only: '4419' });
    expect(counts.inserted).toBeGreaterThan(0);
    expect(counts.unchanged).toBe(1);
    const [city] = await database.query<{ name: string; parent_code: string }>(`SELECT name, parent_code FROM jurisdictions WHERE code = '4419'`);
    expect(city).toEqual({ name: '东莞市', parent_code: '44' });
  });
});

describe('division source', () => {
  it('reads quoted CSV fields', () => {
    expect(splitCsvLine('441802006001,"高基里社区居委会",441802006')).toEqual(['441802006001', '高基里社区居委会', '441802006']);
    expect(splitCsvLine('1,"a ""quoted"", name",2')).toEqual(['1', 'a "quoted", name', '2']);
  });

  it('names the place and its area type from the committee name', () => {
    expect(communityPlace('高基里社区居委会')).toEqual({ name: '高基里社区', areaType: 'urban' });
    expect(communityPlace('多福巷社区居民委员会')).toEqual({ name: '多福巷社区', areaType: 'urban' });
    expect(communityPlace('大坪村委会')).toEqual({ name: '大坪村', areaType: 'rural' });
    expect(communityPlace('王庄村村民委员会')).toEqual({ name: '王庄村', areaType: 'rural' });
    expect(communityPlace('清远高新区生活区')).toEqual({ name: '清远高新区生活区', areaType: 'unknown' });
  });
});
