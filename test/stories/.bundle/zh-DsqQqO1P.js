// src/special-tracks/messages/zh.ts
var zh_default = {
	listLabel: "特别专题",
	statusPrefix: "状态",
	statusNew: "新增",
	statusContinuing: "延续",
	statusConcluded: "已结束",
	editions: (years) => `举办年份：${years}`,
	sessionCount: (n) => `议程中有 ${n} 场会议`,
	noSessions: "议程中暂无会议",
	trackPage: "关于此专题",
	seeInProgramme: "在议程中查看",
	programmeShows: (name) => `议程现已显示“${name}”专题。`,
	upcoming: "即将举行的会议",
	noUpcoming: "暂无即将举行的会议。",
	past: (n) => `已举行的会议（${n}）`,
	emptyFiltered: "没有符合所选条件的特别专题。",
	emptyNone: "本议程中没有特别专题。",
	showAll: "显示所有专题",
	cancelled: "已取消",
	postponed: "已推迟"
};
export { zh_default as default };
