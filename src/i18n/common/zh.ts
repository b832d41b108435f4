import type { CommonMessages } from './en.js';

export default {
  loading: '正在加载…',
  errorTitle: '无法加载此内容。',
  errorDetails: '供网站团队参考的详细信息',
  errorNetwork: '无法获取数据源：网络故障、浏览器离线或地址有误。',
  errorHttp: (status: string) => `服务器返回了状态码 ${status}，而不是数据源。`,
  errorParse: '数据源不是有效的 JSON。',
  errorSchema: '数据源不符合 feed-v1 格式。',
  errorVersion: '此小组件无法读取该版本的数据源。',
  errorCode: '无法加载此小组件的部分代码：网络故障或浏览器离线。',
  retry: '重试',
  empty: '没有可显示的内容。',
  staleNotice: '无法更新；显示的是上次加载的版本。',
} satisfies CommonMessages;
