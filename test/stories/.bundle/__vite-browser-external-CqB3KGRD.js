import { t as __commonJSMin } from "./rolldown-runtime-BtDSRbSq.js";
// __vite-browser-external
var require___vite_browser_external = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = {};
}));
export default require___vite_browser_external();
