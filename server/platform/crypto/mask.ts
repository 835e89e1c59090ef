/** Masks for showing personal data: enough to recognise, not enough to use. */
export function maskPhone(phone: string | null | undefined): string | null | undefined {
  if (!phone) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

export function maskIdNumber(id: string | null | undefined): string | null | undefined {
  if (!id) return id;
  return id.length > 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : '****';
}

export function maskName(name: string | null | undefined): string | null | undefined {
  if (!name) return name;
  const chars = [...name];
  if (chars.length === 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** The public sees a leader by surname only: 张秀英 → 张某. */
export function surnameOnly(name: string | null | undefined): string | null {
  if (!name) return null;
  const [first, ...rest] = [...name];
  return rest.length ? `${first}某` : first;
}
