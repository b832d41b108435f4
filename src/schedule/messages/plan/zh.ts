import type { PlanMessages } from './en.js';

export default {
  addToMySchedule: (title: string) => `将“${title}”加入我的日程`,
  mySchedule: '我的日程',
  myScheduleCount: (formatted: string) => `我的日程（${formatted}）`,
  addMyScheduleToCalendar: '将我的日程添加到日历',
  addFilteredToCalendar: '将筛选出的会议添加到日历',
  addAllToCalendar: '将全部会议添加到日历',
  myScheduleEmpty: '您的日程为空：点击星标即可添加会议。',
  overlapsWith: (titles: string) => `与以下会议时间重叠：${titles}`,
  grid: '日程网格',
  gridOfDay: (day: string) => `日程网格：${day}`,
  /** How to move in the grid (read with it by screen readers). */
  gridInstructions: '方向键在会议之间移动（上下在同一列内，左右到相邻列），Home 和 End 跳到第一场和最后一场会议，Enter 打开会议。',
  gridDay: '网格中显示的日期',
  time: '时间',
  noLocation: '无地点',
  otherSessions: '其他会议',
} satisfies PlanMessages;
