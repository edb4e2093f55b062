// Offline manifest check (`npm run validate`): the official validator posts the manifest to a web
// service, and Gatecheck sends nothing anywhere. Checks well-formedness, the OfficeApp element
// order, ids, https URLs, resource references and the icon files' pixel sizes.
// Usage: tsx scripts/validate-manifest.ts manifest.xml   (exit 1 with one line per problem)
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";

export interface ManifestProblem {
  /** Where: an element path such as "OfficeApp/Hosts/Host". */
  where: string;
  message: string;
}

export interface ValidateOptions {
  /** The folder URLs' paths are resolved against (the repository root: "/assets/x.png" -> assets/x.png). */
  root: string;
  /** String resources the add-in's code refers to (critique pop-ups). */
  requiredStrings?: readonly string[];
  /** Reads a file, or null when it does not exist (tests inject fixtures). */
  readFile?: (path: string) => Buffer | null;
}

const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

/** Children of a task pane OfficeApp in schema order; `true` marks the ones Gatecheck requires. */
const OFFICE_APP_ORDER: ReadonlyArray<[string, boolean]> = [
  ["Id", true],
  ["AlternateId", false],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", true],
  ["HighResolutionIconUrl", true],
  ["SupportUrl", true],
  ["AppDomains", false],
  ["Hosts", true],
  ["Requirements", true],
  ["DefaultSettings", true],
  ["Permissions", true],
  ["Dictionary", false],
  ["VersionOverrides", true],
];

const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

export const CRITIQUE_STRINGS = ["Critique.Branding", "Critique.Title", "Critique.Subtitle"] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ResourceKind = "image" | "url" | "short" | "long";

/** Which resource kind a `resid` must name, by the referring element. */
const RESID_KIND: Record<string, ResourceKind | ResourceKind[]> = {
  Image: "image",
  SourceLocation: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Label: "short",
  Title: "short",
  Description: "long",
};

const MAX_LENGTH: Record<ResourceKind, number> = { image: 2048, url: 2048, short: 125, long: 250 };

function elements(parent: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

function all(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    out.push(e);
    for (const c of elements(e)) walk(c);
  };
  walk(root);
  return out;
}

function pathOf(e: XmlElement): string {
  const parts: string[] = [];
  for (let n: XmlElement | null = e; n && n.nodeType === 1; n = n.parentNode as XmlElement | null) {
    const id = n.getAttribute("id");
    parts.unshift(id ? `${n.localName}[${id}]` : (n.localName ?? ""));
  }
  return parts.join("/");
}

function child(parent: XmlElement, name: string): XmlElement | null {
  return elements(parent).find((e) => e.localName === name) ?? null;
}

/** Width and height of a PNG, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export function validateManifest(xml: string, options: ValidateOptions): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const report = (where: string, message: string): void => void problems.push({ where, message });
  const readFile = options.readFile ?? ((path: string) => (existsSync(path) ? readFileSync(path) : null));

  let doc: ReturnType<DOMParser["parseFromString"]>;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        // Anything the parser complains about means the file is not well-formed XML.
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(xml, "text/xml");
  } catch (err) {
    const message = err instanceof Error ? err.message.split("\n")[0]! : String(err);
    return [{ where: "manifest", message: `not well-formed XML: ${message}` }];
  }
  const root = doc.documentElement as XmlElement | null;
  if (!root || root.localName !== "OfficeApp" || root.namespaceURI !== OFFICE_APP_NS) {
    return [{ where: "manifest", message: `the root element must be <OfficeApp xmlns="${OFFICE_APP_NS}">` }];
  }
  if (root.getAttributeNS(XSI_NS, "type") !== "TaskPaneApp") report("OfficeApp", 'xsi:type must be "TaskPaneApp"');

  // Element order and presence.
  const names = elements(root).map((e) => e.localName ?? "");
  const order = OFFICE_APP_ORDER.map(([n]) => n);
  let last = -1;
  for (const name of names) {
    const at = order.indexOf(name);
    if (at < 0) report(`OfficeApp/${name}`, "is not an element of OfficeApp");
    else if (at <= last) report(`OfficeApp/${name}`, `is out of order: expected order is ${order.join(", ")}`);
    else last = at;
  }
  for (const [name, required] of OFFICE_APP_ORDER) {
    const count = names.filter((n) => n === name).length;
    if (required && count === 0) report("OfficeApp", `<${name}> is missing`);
    if (count > 1) report(`OfficeApp/${name}`, "appears more than once");
  }

  const text = (name: string): string => child(root, name)?.textContent?.trim() ?? "";
  const value = (name: string): string => child(root, name)?.getAttribute("DefaultValue") ?? "";

  if (child(root, "Id") && !GUID.test(text("Id"))) report("OfficeApp/Id", `"${text("Id")}" is not a GUID`);
  if (child(root, "Version") && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) report("OfficeApp/Version", `"${text("Version")}" is not a version such as 1.0.0.0`);
  if (child(root, "ProviderName") && !text("ProviderName")) report("OfficeApp/ProviderName", "is empty");
  if (child(root, "DefaultLocale") && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(text("DefaultLocale"))) report("OfficeApp/DefaultLocale", `"${text("DefaultLocale")}" is not a locale such as en-US`);
  for (const [name, max] of [["DisplayName", 125], ["Description", 250]] as const) {
    if (!child(root, name)) continue;
    const v = value(name);
    if (!v) report(`OfficeApp/${name}`, "needs a non-empty DefaultValue");
    else if (v.length > max) report(`OfficeApp/${name}`, `DefaultValue is longer than ${max} characters`);
  }

  const hosts = child(root, "Hosts");
  if (hosts && !elements(hosts).some((h) => h.localName === "Host" && h.getAttribute("Name") === "Document")) {
    report("OfficeApp/Hosts", 'needs <Host Name="Document"/> (Word)');
  }

  const requirements = child(root, "Requirements");
  if (requirements) {
    const sets = child(requirements, "Sets");
    const wordApi = sets ? elements(sets).find((s) => s.localName === "Set" && s.getAttribute("Name") === "WordApi") : undefined;
    if (!wordApi) report("OfficeApp/Requirements", 'needs <Sets><Set Name="WordApi" MinVersion="1.3"/></Sets>');
    else if (!/^\d+\.\d+$/.test(wordApi.getAttribute("MinVersion") ?? "")) report("OfficeApp/Requirements/Sets/Set", "MinVersion must be a version such as 1.3");
  }

  const defaults = child(root, "DefaultSettings");
  if (defaults && !child(defaults, "SourceLocation")?.getAttribute("DefaultValue")) {
    report("OfficeApp/DefaultSettings", "needs <SourceLocation DefaultValue=...>");
  }

  if (child(root, "Permissions") && !PERMISSIONS.includes(text("Permissions"))) {
    report("OfficeApp/Permissions", `"${text("Permissions")}" is not one of ${PERMISSIONS.join(", ")}`);
  }

  // Every URL is https.
  for (const e of all(root)) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = e.getAttribute(attr);
      if (v && /^[a-z][a-z0-9+.-]*:/i.test(v) && !v.startsWith("https://")) report(pathOf(e), `${attr} "${v}" is not an https URL`);
    }
    if (e.localName === "AppDomain" && !(e.textContent ?? "").trim().startsWith("https://")) report(pathOf(e), "app domains must be https URLs");
  }

  // Resources: unique ids, length limits; every resid resolves to the right kind.
  const resources = new Map<string, { kind: ResourceKind; value: string }>();
  const overrides = child(root, "VersionOverrides");
  if (overrides) {
    if (overrides.namespaceURI !== OVERRIDES_NS) report("OfficeApp/VersionOverrides", `must be in namespace ${OVERRIDES_NS}`);
    if (!/^VersionOverridesV1_[01]$/.test(overrides.getAttributeNS(XSI_NS, "type") ?? "")) report("OfficeApp/VersionOverrides", 'xsi:type must be "VersionOverridesV1_0"');
    const res = child(overrides, "Resources");
    if (!res) report("OfficeApp/VersionOverrides", "<Resources> is missing");
    const groups: Array<[string, string, ResourceKind]> = [
      ["Images", "Image", "image"],
      ["Urls", "Url", "url"],
      ["ShortStrings", "String", "short"],
      ["LongStrings", "String", "long"],
    ];
    for (const [groupName, itemName, kind] of groups) {
      const group = res ? child(res, groupName) : null;
      if (!group) continue;
      if (group.namespaceURI !== BT_NS) report(pathOf(group), `must be in namespace ${BT_NS} (bt:)`);
      for (const item of elements(group)) {
        if (item.localName !== itemName) {
          report(pathOf(item), `only <bt:${itemName}> belongs in <bt:${groupName}>`);
          continue;
        }
        const id = item.getAttribute("id") ?? "";
        const v = item.getAttribute("DefaultValue") ?? "";
        if (!id) report(pathOf(item), "has no id");
        else if (id.length > 32) report(pathOf(item), "ids are limited to 32 characters");
        if (resources.has(id)) report(pathOf(item), `duplicate resource id "${id}"`);
        if (!v) report(pathOf(item), "has no DefaultValue");
        else if (v.length > MAX_LENGTH[kind]) report(pathOf(item), `DefaultValue is longer than ${MAX_LENGTH[kind]} characters`);
        resources.set(id, { kind, value: v });
      }
    }
    for (const e of all(overrides)) {
      const resid = e.getAttribute("resid");
      if (resid === null || resid === "") continue;
      const found = resources.get(resid);
      if (!found) {
        report(pathOf(e), `resid "${resid}" does not name any resource`);
        continue;
      }
      const expected = RESID_KIND[e.localName ?? ""];
      const kinds = expected === undefined ? [] : Array.isArray(expected) ? expected : [expected];
      if (kinds.length > 0 && !kinds.includes(found.kind)) report(pathOf(e), `resid "${resid}" names a ${found.kind} resource; <${e.localName}> needs ${kinds.join(" or ")}`);
    }
    for (const id of options.requiredStrings ?? []) {
      if (resources.get(id)?.kind !== "short") report("OfficeApp/VersionOverrides/Resources/ShortStrings", `string "${id}" is missing (the add-in's critique pop-ups refer to it)`);
    }
    // Command wiring: a task pane button and, when functions run, a function file.
    const actions = all(overrides).filter((e) => e.localName === "Action");
    const actionType = (a: XmlElement): string => a.getAttributeNS(XSI_NS, "type") ?? "";
    if (!actions.some((a) => actionType(a) === "ShowTaskpane" && child(a, "SourceLocation"))) report("OfficeApp/VersionOverrides", "needs a button whose Action is ShowTaskpane with a SourceLocation");
    if (actions.some((a) => actionType(a) === "ExecuteFunction") && !all(overrides).some((e) => e.localName === "FunctionFile")) {
      report("OfficeApp/VersionOverrides", "an ExecuteFunction action needs a <FunctionFile>");
    }
    const controlIds = all(overrides).filter((e) => e.localName === "Control" || e.localName === "Group").map((e) => e.getAttribute("id") ?? "");
    for (const id of new Set(controlIds.filter((id, i) => controlIds.indexOf(id) !== i))) report("OfficeApp/VersionOverrides", `control id "${id}" is used more than once`);
  }

  // Icons: the files exist under the root and have the pixel size their slot needs.
  const checkIcon = (where: string, url: string, size: number): void => {
    if (!url.startsWith("https://")) return;
    const path = new URL(url).pathname;
    const file = join(options.root, ...decodeURIComponent(path).split("/").filter(Boolean));
    if (!path.startsWith("/assets/")) {
      report(where, `icon ${url} is not served from assets/`);
      return;
    }
    const bytes = readFile(file);
    if (!bytes) {
      report(where, `icon file ${path.slice(1)} does not exist`);
      return;
    }
    const dims = pngSize(bytes);
    if (!dims) report(where, `icon file ${path.slice(1)} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) report(where, `icon file ${path.slice(1)} is ${dims.width}x${dims.height}; this slot needs ${size}x${size}`);
  };
  if (child(root, "IconUrl")) checkIcon("OfficeApp/IconUrl", value("IconUrl"), 32);
  if (child(root, "HighResolutionIconUrl")) checkIcon("OfficeApp/HighResolutionIconUrl", value("HighResolutionIconUrl"), 64);
  if (overrides) {
    for (const img of all(overrides).filter((e) => e.localName === "Image" && e.getAttribute("size") && e.getAttribute("resid"))) {
      const res = resources.get(img.getAttribute("resid")!);
      const size = Number(img.getAttribute("size"));
      if (![16, 20, 24, 32, 40, 48, 64, 80].includes(size)) report(pathOf(img), `size ${img.getAttribute("size")} is not an icon size Office uses`);
      if (res?.kind === "image") checkIcon(pathOf(img), res.value, size);
    }
  }
  return problems;
}

export function main(argv: readonly string[]): number {
  const file = argv[0];
  if (!file) {
    process.stderr.write("usage: validate-manifest <manifest.xml>\n");
    return 2;
  }
  const path = resolve(file);
  if (!existsSync(path)) {
    process.stderr.write(`${file}: no such file\n`);
    return 1;
  }
  const problems = validateManifest(readFileSync(path, "utf8"), { root: dirname(path), requiredStrings: CRITIQUE_STRINGS });
  if (problems.length === 0) {
    process.stdout.write(`${file}: valid (offline checks: structure, ids, https URLs, resources, icons)\n`);
    return 0;
  }
  for (const p of problems) process.stderr.write(`${file}: ${p.where}: ${p.message}\n`);
  process.stderr.write(`${problems.length} problem${problems.length === 1 ? "" : "s"} found\n`);
  return 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
