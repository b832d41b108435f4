// src/prize-winners/messages/ar.ts
var ar_default = {
	rankWinner: "فائز",
	rankChampion: "بطل",
	rankFinalist: "متأهل إلى النهائيات",
	rankHonourableMention: "تنويه شرفي",
	filtersLabel: "تصفية الجوائز والفائزين",
	filterPrize: "الجائزة",
	filterYear: "السنة",
	filterCategory: "الفئة",
	filterRank: "المرتبة",
	allPrizes: "جميع الجوائز",
	allYears: "جميع السنوات",
	allCategories: "جميع الفئات",
	allRanks: "جميع المراتب",
	results: (prizes, awards) => `الجوائز المعروضة: ${prizes}. الفائزون المعروضون: ${awards}.`,
	clearFilters: "مسح عوامل التصفية",
	noMatch: "لا توجد جوائز أو فائزون يطابقون عوامل التصفية هذه.",
	noPrizes: "لا توجد جوائز في هذا المصدر.",
	notListed: "الفائزون غير مدرجين في هذا المصدر.",
	categories: "الفئات",
	otherAwards: "جوائز أخرى",
	readDescription: "قراءة الوصف",
	moreAbout: (name) => `المزيد عن ${name}`,
	prizePage: (name) => `صفحة ${name}`
};
export { ar_default as default };
