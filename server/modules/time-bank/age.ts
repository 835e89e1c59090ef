/** Full years of age on a date ('YYYY-MM-DD' both): the birthday itself counts, 29 February counts from 1 March in other years. */
export function ageOn(birthDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
