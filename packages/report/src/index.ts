export * from './model/types.js';
export { buildReport, mentionText, SECTION_BUILDERS, type BuildOptions } from './model/build.js';
export { buildCitizenReport, citizenReadability } from './model/citizen.js';
export { buildChangeReport, type ChangeReportOptions } from './model/changes.js';
export { buildHearingLetter, changesToTell, hearingLetterReadability, newDocuments, type HearingLetterOptions } from './model/hearing-letter.js';
export { renderHtml, REPORT_CSS, type HtmlOptions } from './render/html.js';
export { escapeXml } from './render/escape.js';
export type { ReportAssets } from './assets.js';
export * from './render-report.js';
