import type { PartnerWallMessages } from './en.js';

export default {
  regionLabel: '合作伙伴',
  more: '详情',
  moreAbout: (name: string) => `${name}详情`,
  countryPrefix: '国家/地区：',
  emptyNone: '暂无可显示的合作伙伴。',
  emptyFiltered: '所选类别中没有合作伙伴。',
} satisfies PartnerWallMessages;
