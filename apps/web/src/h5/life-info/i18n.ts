import { i18n } from '../../ui/i18n';
import { LANGUAGES } from '../../ui/language';

export const h5lifeInfo = {
  'zh-CN': {
    title: '生活信息',
    shortcut: '生活信息',
    shortcutHint: '周边餐厅、干洗店、家政、医院等联系方式',
    search: '搜索名称、地址或标签',
    all: '全部',
    call: '拨打 {{phone}}',
    hours: '营业时间：{{hours}}',
    empty: '物业暂未发布生活信息',
    emptyFiltered: '没有找到相关的生活信息',
    emptyHint: '可以换个关键词，或联系您的物业管家。',
    loadMore: '加载更多',
  },
  en: {
    title: 'Life information',
    shortcut: 'Life information',
    shortcutHint: 'Nearby restaurants, dry cleaners, housekeeping, clinics …',
    search: 'Search by name, address or tag',
    all: 'All',
    call: 'Call {{phone}}',
    hours: 'Hours: {{hours}}',
    empty: 'No life information has been published yet',
    emptyFiltered: 'Nothing found',
    emptyHint: 'Try another word, or ask your butler.',
    loadMore: 'Load more',
  },
};

// The page registers its own namespace, so the shared i18n setup needs no edit to know it.
for (const lng of LANGUAGES) {
  if (!i18n.hasResourceBundle(lng, 'h5lifeInfo')) i18n.addResourceBundle(lng, 'h5lifeInfo', h5lifeInfo[lng], true, true);
}
