// src/partner-wall/messages/ar.ts
var ar_default = {
	regionLabel: "الشركاء",
	more: "المزيد",
	moreAbout: (name) => `المزيد عن ${name}`,
	countryPrefix: "البلد: ",
	emptyNone: "لا يوجد شركاء لعرضهم بعد.",
	emptyFiltered: "لا يوجد شركاء في الفئات المحددة."
};
export { ar_default as default };
