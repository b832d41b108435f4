// src/partner-wall/messages/zh.ts
var zh_default = {
	regionLabel: "合作伙伴",
	more: "详情",
	moreAbout: (name) => `${name}详情`,
	countryPrefix: "国家/地区：",
	emptyNone: "暂无可显示的合作伙伴。",
	emptyFiltered: "所选类别中没有合作伙伴。"
};
export { zh_default as default };
