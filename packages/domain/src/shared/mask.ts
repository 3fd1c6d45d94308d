/** 13812345678 → 138****5678; shorter numbers keep only the last 4 digits visible. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return phone ?? null;
  const s = phone.trim();
  if (s.length >= 11) return `${s.slice(0, 3)}****${s.slice(-4)}`;
  if (s.length > 4) return `${'*'.repeat(s.length - 4)}${s.slice(-4)}`;
  return '*'.repeat(s.length);
}

/** 110101199003071234 → 1101**********1234 (region prefix and last 4 kept). */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return id ?? null;
  const s = id.trim();
  if (s.length <= 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
}

/** 张三丰 → 张**: the surname stays, so a phone page can greet the right person without naming them to a bystander. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}
