import type { CommonMessages } from './en.js';

export default {
  loading: '正在加载…',
  errorTitle: '无法加载此内容。',
  errorDetails: '供网站团队参考的详细信息',
  retry: '重试',
  empty: '没有可显示的内容。',
  staleNotice: '无法更新；显示的是上次加载的版本。',
} satisfies CommonMessages;
