// The JSON report's required shape (DESIGN.md "JSON report"), as a list of problems; empty = valid.
type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const numOrNull = (v: unknown) => v === null || isNum(v);
const strOrNull = (v: unknown) => v === null || isStr(v);

function anchorProblems(v: unknown, where: string): string[] {
  if (!isObj(v)) return [`${where}: anchor is not an object`];
  const p: string[] = [];
  for (const k of ["paragraph", "start", "end"]) if (!isNum(v[k])) p.push(`${where}.${k} is not a number`);
  if (!isStr(v.text)) p.push(`${where}.text is not a string`);
  if (isNum(v.start) && isNum(v.end) && isStr(v.text) && v.end - v.start !== v.text.length) p.push(`${where}: text length differs from end - start`);
  return p;
}

function each(list: unknown, where: string, check: (item: Json, at: string) => string[]): string[] {
  if (!Array.isArray(list)) return [`${where} is not an array`];
  return list.flatMap((item, i) => (isObj(item) ? check(item, `${where}[${i}]`) : [`${where}[${i}] is not an object`]));
}

export function checkReportSchema(report: unknown): string[] {
  if (!isObj(report)) return ["the report is not an object"];
  const p: string[] = [];
  if (report.version !== 1) p.push("version is not 1");
  const doc = report.document;
  if (!isObj(doc) || !isNum(doc.paragraphs) || !isNum(doc.words)) p.push("document.paragraphs/words missing");
  if (!isNum(report.score) || report.score < 0 || report.score > 100) p.push("score is not 0-100");
  const ids = ["binary-definition", "financial-alignment", "risk-mitigation", "dependency-mapping"];
  p.push(
    ...each(report.checklist, "checklist", (c, at) => [
      ...(ids.includes(c.id as string) ? [] : [`${at}.id ${String(c.id)}`]),
      ...(["pass", "warn", "fail"].includes(c.status as string) ? [] : [`${at}.status`]),
      ...(isStr(c.message) ? [] : [`${at}.message`]),
      ...each(c.evidence, `${at}.evidence`, (a, w) => anchorProblems(a, w)),
    ]),
  );
  if (Array.isArray(report.checklist) && report.checklist.length !== 4) p.push("checklist does not have four items");
  p.push(
    ...each(report.milestones, "milestones", (m, at) => [
      ...(isStr(m.id) && isStr(m.name) ? [] : [`${at}.id/name`]),
      ...anchorProblems(m.anchor, `${at}.anchor`),
      ...(strOrNull(m.artifact) && strOrNull(m.acceptance) && strOrNull(m.due) ? [] : [`${at}.artifact/acceptance/due`]),
      ...("payment" in m ? [] : [`${at}.payment`]),
      ...(typeof m.binaryGate === "boolean" ? [] : [`${at}.binaryGate`]),
    ]),
  );
  p.push(
    ...each(report.payments, "payments", (m, at) => [
      ...anchorProblems(m.anchor, `${at}.anchor`),
      ...(m.trigger === null || ["milestone", "time", "upfront", "completion", "usage"].includes(m.trigger as string) ? [] : [`${at}.trigger`]),
      ...(numOrNull(m.amount) && numOrNull(m.percent) && numOrNull(m.netDays) ? [] : [`${at}.amount/percent/netDays`]),
      ...(strOrNull(m.currency) && strOrNull(m.milestoneId) ? [] : [`${at}.currency/milestoneId`]),
      ...(isNum(m.percent) && (m.percent < 0 || m.percent > 100) ? [`${at}.percent out of 0-100`] : []),
    ]),
  );
  p.push(
    ...each(report.findings, "findings", (f, at) => [
      ...(isStr(f.id) && isStr(f.rule) && isStr(f.category) && isStr(f.message) ? [] : [`${at}.id/rule/category/message`]),
      ...(["high", "medium", "low"].includes(f.severity as string) ? [] : [`${at}.severity`]),
      ...anchorProblems(f.anchor, `${at}.anchor`),
      ...each(f.suggestions, `${at}.suggestions`, (s, w) => (isStr(s.text) ? [] : [`${w}.text`])),
    ]),
  );
  p.push(
    ...each(report.redlines, "redlines", (r, at) => [
      ...anchorProblems(r.anchor, `${at}.anchor`),
      ...(["insertion", "deletion", "replacement", "move"].includes(r.type as string) ? [] : [`${at}.type`]),
      ...(["weakens", "strengthens", "neutral"].includes(r.effect as string) ? [] : [`${at}.effect`]),
      ...(isStr(r.author) && strOrNull(r.date) && isStr(r.before) && isStr(r.after) && isStr(r.reason) ? [] : [`${at}.author/date/before/after/reason`]),
    ]),
  );
  return p;
}
