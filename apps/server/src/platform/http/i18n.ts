/**
 * Server-side messages in the caller's language (Accept-Language; zh-CN by default).
 * Feature modules add their own keys with `registerMessages`.
 */
export type Locale = 'zh-CN' | 'en';
type Bundle = Record<string, string>;

const bundles: Record<Locale, Bundle> = {
  'zh-CN': {
    'error.validation': '输入有误，请检查标出的字段',
    'error.unauthenticated': '请先登录',
    'error.forbidden': '您没有执行此操作的权限',
    'error.notFound': '{entity}不存在或您无权查看',
    'error.tooManyAttempts': '尝试次数过多，请 {seconds} 秒后再试',
    'error.internal': '服务器内部错误，请稍后再试',
    'error.stale': '该记录已被他人修改，请刷新后重试',
    'error.forbiddenTransition': '当前状态（{from}）下不能执行此操作（{action}），请刷新后查看最新状态',
    'error.duplicate': '{field}“{value}”已存在',
    'error.payloadTooLarge': '文件过大，最大 {max}',
    'error.unsupportedType': '不支持的文件类型：{type}',
    'field.required': '必填',
    'field.invalidType': '格式不正确',
    'field.tooShort': '至少 {min} 个字符',
    'field.tooLong': '最多 {max} 个字符',
    'field.tooSmall': '不能小于 {min}',
    'field.tooBig': '不能大于 {max}',
    'field.invalidEnum': '必须是以下之一：{options}',
    'field.invalidFormat': '格式不正确',
    'field.unknown': '不允许的字段',
    'entity.record': '记录',
    'field.code': '编码',
    'field.username': '用户名',
    'field.name': '名称',
  },
  en: {
    'error.validation': 'Some fields are invalid; please check them',
    'error.unauthenticated': 'Please log in first',
    'error.forbidden': 'You are not allowed to do this',
    'error.notFound': '{entity} not found or not visible to you',
    'error.tooManyAttempts': 'Too many attempts; try again in {seconds} seconds',
    'error.internal': 'Internal server error; please try again later',
    'error.stale': 'This record was changed by someone else; refresh and try again',
    'error.forbiddenTransition': 'This action ({action}) is not allowed in the current state ({from}); refresh to see the latest state',
    'error.duplicate': '{field} "{value}" already exists',
    'error.payloadTooLarge': 'File too large; the limit is {max}',
    'error.unsupportedType': 'Unsupported file type: {type}',
    'field.required': 'Required',
    'field.invalidType': 'Invalid format',
    'field.tooShort': 'At least {min} characters',
    'field.tooLong': 'At most {max} characters',
    'field.tooSmall': 'Must be at least {min}',
    'field.tooBig': 'Must be at most {max}',
    'field.invalidEnum': 'Must be one of: {options}',
    'field.invalidFormat': 'Invalid format',
    'field.unknown': 'Field not allowed',
    'entity.record': 'Record',
    'field.code': 'Code',
    'field.username': 'Username',
    'field.name': 'Name',
  },
};

export function registerMessages(messages: Record<Locale, Bundle>): void {
  Object.assign(bundles['zh-CN'], messages['zh-CN']);
  Object.assign(bundles.en, messages.en);
}

export function pickLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return 'zh-CN';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

/** Renders a key with {param} placeholders; a param that is itself a key is translated too. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const template = bundles[locale][key] ?? bundles['zh-CN'][key];
  // Text that is not a message key (e.g. a cell value echoed back) is shown as it is, never re-filled.
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined || v === null) return '';
    const s = String(v);
    // A field label without a translation shows as the bare field name, never as "field.x".
    return bundles[locale][s] ?? bundles['zh-CN'][s] ?? s.replace(/^field\./, '');
  });
}
