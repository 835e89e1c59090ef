import type { HashSql } from './hash-sql';
import { givenNameCharacters, surnames } from './names';

/** A Chinese name of two or three characters for the key. */
export function personNameSql(h: HashSql, key: string): string {
  const second = h.pick(givenNameCharacters, `'g2:' || ${key}`);
  return `(${h.pick(surnames, `'s:' || ${key}`)} || ${h.pick(givenNameCharacters, `'g1:' || ${key}`)}
           || CASE WHEN ${h.unit(`'g3:' || ${key}`)} < 0.6 THEN ${second} ELSE '' END)`;
}

/** A birth date between 1950 and 2004 for the key. */
export function birthDateSql(h: HashSql, key: string): string {
  return `(date '1950-01-01' + ${h.between(0, 20075, `'b:' || ${key}`)})`;
}

export function genderSql(h: HashSql, key: string): string {
  return `(CASE WHEN ${h.unit(`'sex:' || ${key}`)} < 0.55 THEN 'female' ELSE 'male' END)`;
}
