import type { PartnerWallMessages } from './en.js';

export default {
  regionLabel: '合作伙伴',
  more: '详情',
  moreAbout: (name: string) => `${name}详情`,
  countryPrefix: '国家/地区：',
  emptyNone: '暂无可显示的合作伙伴。',
  emptyFiltered: '所选类别中没有合作伙伴。',
  emptyPartner: '此数据中没有所选的合作伙伴。',
  involvement: '参与情况',
  sessionCount: (n: string) => `${n} 场会议`,
  sessionCountLink: (n: string) => `议程中的 ${n} 场会议`,
  sponsorOf: (prize: string) => `“${prize}”赞助方`,
  programmeShows: (name: string) => `议程现已显示${name}的会议。`,
} satisfies PartnerWallMessages;
