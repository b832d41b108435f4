import type { ErrorMessages } from './en.js';

export default {
  network: '无法获取数据源：网络故障、浏览器离线或地址有误。',
  http: (status: string) => `服务器返回了状态码 ${status}，而不是数据源。`,
  parse: '数据源不是有效的 JSON。',
  schema: '数据源不符合 feed-v1 格式。',
  version: '此小组件无法读取该版本的数据源。',
  code: '无法加载此小组件的部分代码：网络故障或浏览器离线。',
} satisfies ErrorMessages;
