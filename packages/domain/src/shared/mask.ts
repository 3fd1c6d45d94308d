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

/** zhangsan@example.com → z***@example.com: the first letter and the domain stay, the length of the name does not show. */
export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return email ?? null;
  const s = email.trim();
  const at = s.lastIndexOf('@');
  const local = at >= 0 ? s.slice(0, at) : s;
  const domain = at >= 0 ? s.slice(at) : '';
  const shown = [...local].length > 1 ? `${[...local][0]}***` : '*';
  return `${shown}${domain}`;
}

const PHONE_KEY = /(?:^|_|[a-z])(?:phone|mobile)$/i;
const ID_NUMBER_KEY = /(?:^|_|[a-z])id_?number$/i;

/**
 * A JSON value (an audit snapshot, say) with every phone and ID number masked, at any depth: keys
 * named phone / mobile / idNumber / id_number, also with a prefix (requesterPhone, requester_phone,
 * buyer_id_number). Only string values change; the input is not modified.
 */
export function maskPersonalDataFields<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => maskPersonalDataFields(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' && PHONE_KEY.test(key)) out[key] = maskPhone(v);
    else if (typeof v === 'string' && ID_NUMBER_KEY.test(key)) out[key] = maskIdNumber(v);
    else out[key] = maskPersonalDataFields(v);
  }
  return out as T;
}
