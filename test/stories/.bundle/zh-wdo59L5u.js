// src/prize-winners/messages/zh.ts
var zh_default = {
	rankWinner: "获奖者",
	rankChampion: "冠军项目",
	rankFinalist: "入围者",
	rankHonourableMention: "荣誉提名",
	filtersLabel: "筛选奖项和获奖者",
	filterPrize: "奖项",
	filterYear: "年份",
	filterCategory: "类别",
	filterRank: "名次",
	allPrizes: "全部奖项",
	allYears: "全部年份",
	allCategories: "全部类别",
	allRanks: "全部名次",
	results: (prizes, awards) => `显示的奖项：${prizes}。显示的获奖者：${awards}。`,
	clearFilters: "清除筛选条件",
	noMatch: "没有符合这些筛选条件的奖项或获奖者。",
	noPrizes: "此数据源中没有奖项。",
	notListed: "此数据源未列出获奖者。",
	categories: "类别",
	otherAwards: "其他奖项",
	readDescription: "阅读说明",
	moreAbout: (name) => `了解更多：${name}`,
	prizePage: (name) => `${name}页面`
};
export { zh_default as default };
