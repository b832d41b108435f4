import type { SpecialTracksMessages } from './en.js';

export default {
  listLabel: '特别专题',
  statusPrefix: '状态：',
  forTrack: (name: string) => `（${name}）`,
  statusNew: '新增',
  statusContinuing: '延续',
  statusConcluded: '已结束',
  editions: (years: string) => `举办年份：${years}`,
  sessionCount: (n: string) => `议程中有 ${n} 场会议`,
  noSessions: '议程中暂无会议',
  trackPage: '关于此专题',
  seeInProgramme: '在议程中查看',
  programmeShows: (name: string) => `议程现已显示“${name}”专题。`,
  upcoming: '即将举行的会议',
  noUpcoming: '暂无即将举行的会议。',
  past: (n: string) => `已举行的会议（${n}）`,
  emptyFiltered: '没有符合所选条件的特别专题。',
  emptyNone: '本议程中没有特别专题。',
  showAll: '显示所有专题',
  cancelled: '已取消',
  postponed: '已推迟',
} satisfies SpecialTracksMessages;
