import type { PartnerBadgeMessages } from './en.js';

export default {
  noPartner: '数据中没有此合作伙伴。',
  datesPrefix: '日期：',
} satisfies PartnerBadgeMessages;
