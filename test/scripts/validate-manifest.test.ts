import { readFileSync } from "node:fs";
import { join } from "node:path";
import { encodePng } from "../../scripts/make-icons";
import { CRITIQUE_STRINGS, main, pngSize, validateManifest } from "../../scripts/validate-manifest";

// Icons served from a fake root: path -> PNG of the named size.
function icon(size: number): Buffer {
  return encodePng(size, size, Buffer.alloc(size * size * 4, 255));
}
const FILES = new Map<string, Buffer>([
  [join("/root", "assets", "i16.png"), icon(16)],
  [join("/root", "assets", "i32.png"), icon(32)],
  [join("/root", "assets", "i64.png"), icon(64)],
  [join("/root", "assets", "i80.png"), icon(80)],
  [join("/root", "assets", "not-png.png"), Buffer.from("GIF89a-not-a-png-at-all")],
]);
const readFile = (path: string): Buffer | null => FILES.get(path) ?? null;

const VALID = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xsi:type="TaskPaneApp">
  <Id>0b3a9c1e-8d2f-4a6b-9c0d-1e2f3a4b5c6d</Id>
  <Version>1.0.0.0</Version>
  <ProviderName>Test</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="Test add-in"/>
  <Description DefaultValue="A test add-in."/>
  <IconUrl DefaultValue="https://localhost:3000/assets/i32.png"/>
  <HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/i64.png"/>
  <SupportUrl DefaultValue="https://localhost:3000/help.html"/>
  <AppDomains/>
  <Hosts><Host Name="Document"/></Hosts>
  <Requirements><Sets DefaultMinVersion="1.3"><Set Name="WordApi" MinVersion="1.3"/></Sets></Requirements>
  <DefaultSettings><SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/></DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts><Host xsi:type="Document"><DesktopFormFactor>
      <FunctionFile resid="Commands.Url"/>
      <ExtensionPoint xsi:type="PrimaryCommandSurface"><OfficeTab id="TabHome"><Group id="G">
        <Label resid="Group.Label"/>
        <Icon><bt:Image size="16" resid="Icon.16"/><bt:Image size="32" resid="Icon.32"/><bt:Image size="80" resid="Icon.80"/></Icon>
        <Control xsi:type="Button" id="Show">
          <Label resid="Group.Label"/>
          <Supertip><Title resid="Group.Label"/><Description resid="Tip"/></Supertip>
          <Icon><bt:Image size="16" resid="Icon.16"/><bt:Image size="32" resid="Icon.32"/><bt:Image size="80" resid="Icon.80"/></Icon>
          <Action xsi:type="ShowTaskpane"><TaskpaneId>P</TaskpaneId><SourceLocation resid="Pane.Url"/></Action>
        </Control>
      </Group></OfficeTab></ExtensionPoint>
    </DesktopFormFactor></Host></Hosts>
    <Resources>
      <bt:Images>
        <bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/i16.png"/>
        <bt:Image id="Icon.32" DefaultValue="https://localhost:3000/assets/i32.png"/>
        <bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/i80.png"/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>
        <bt:Url id="Pane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Group.Label" DefaultValue="Test"/>
        <bt:String id="Critique.Branding" DefaultValue="Test"/>
        <bt:String id="Critique.Title" DefaultValue="Title"/>
        <bt:String id="Critique.Subtitle" DefaultValue="Subtitle"/>
      </bt:ShortStrings>
      <bt:LongStrings><bt:String id="Tip" DefaultValue="Opens the pane."/></bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>`;

function check(xml: string): string[] {
  return validateManifest(xml, { root: "/root", readFile, requiredStrings: CRITIQUE_STRINGS }).map((p) => `${p.where}: ${p.message}`);
}

function variant(from: string, to: string): string {
  expect(VALID).toContain(from);
  return VALID.replace(from, to);
}

describe("validate-manifest", () => {
  test("the fixture manifest is valid", () => {
    expect(check(VALID)).toEqual([]);
  });

  test("the repository's manifest.xml and icons are valid", () => {
    const root = join(__dirname, "..", "..");
    const xml = readFileSync(join(root, "manifest.xml"), "utf8");
    expect(validateManifest(xml, { root, requiredStrings: CRITIQUE_STRINGS })).toEqual([]);
  });

  test.each([
    ["not well-formed", variant("</Permissions>", "</Permission>"), /not well-formed XML/],
    ["id not a GUID", variant("0b3a9c1e-8d2f-4a6b-9c0d-1e2f3a4b5c6d", "gatecheck"), /Id: "gatecheck" is not a GUID/],
    ["element out of order", variant("<ProviderName>Test</ProviderName>\n  <DefaultLocale>en-US</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>\n  <ProviderName>Test</ProviderName>"), /ProviderName: is out of order/],
    ["required element missing", variant('<SupportUrl DefaultValue="https://localhost:3000/help.html"/>', ""), /<SupportUrl> is missing/],
    ["unknown element", variant("<AppDomains/>", "<AppDomains/><Extra/>"), /Extra: is not an element of OfficeApp/],
    ["bad permission", variant("ReadWriteDocument", "FullControl"), /"FullControl" is not one of/],
    ["http URL", variant("https://localhost:3000/taskpane.html\"/></DefaultSettings>", "http://localhost:3000/taskpane.html\"/></DefaultSettings>"), /SourceLocation: DefaultValue "http:\/\/localhost:3000\/taskpane.html" is not an https URL/],
    ["dangling resid", variant('<Description resid="Tip"/>', '<Description resid="Missing.Tip"/>'), /resid "Missing.Tip" does not name any resource/],
    ["resid of the wrong kind", variant('<Description resid="Tip"/>', '<Description resid="Group.Label"/>'), /names a short resource; <Description> needs long/],
    ["duplicate resource id", variant('<bt:String id="Tip"', '<bt:String id="Group.Label"'), /duplicate resource id "Group.Label"/],
    ["critique string missing", variant('<bt:String id="Critique.Title" DefaultValue="Title"/>', ""), /string "Critique.Title" is missing/],
    ["short string too long", variant('DefaultValue="Subtitle"', `DefaultValue="${"x".repeat(126)}"`), /longer than 125 characters/],
    ["icon file missing", variant("assets/i80.png", "assets/i81.png"), /icon file assets\/i81.png does not exist/],
    ["icon of the wrong size", variant('<bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/i80.png"/>', '<bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/i64.png"/>'), /is 64x64; this slot needs 80x80/],
    ["icon not a PNG", variant("https://localhost:3000/assets/i64.png", "https://localhost:3000/assets/not-png.png"), /is not a PNG/],
    ["no Word host", variant('<Host Name="Document"/>', '<Host Name="Workbook"/>'), /needs <Host Name="Document"\/>/],
    ["no WordApi requirement", variant('<Set Name="WordApi" MinVersion="1.3"/>', '<Set Name="ExcelApi" MinVersion="1.3"/>'), /needs <Sets><Set Name="WordApi"/],
    ["no task pane button", variant('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'), /needs a button whose Action is ShowTaskpane/],
    ["wrong root", VALID.replace(/OfficeApp xmlns="[^"]+"/, 'OfficeApp xmlns="urn:other"'), /root element must be <OfficeApp/],
  ])("reports: %s", (_name, xml, expected) => {
    const problems = check(xml);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  test("pngSize reads the IHDR header and refuses other bytes", () => {
    expect(pngSize(icon(80))).toEqual({ width: 80, height: 80 });
    expect(pngSize(Buffer.from("not a png"))).toBeNull();
  });

  test("the command line exits 1 with one line per problem, 0 when valid", () => {
    const writes: string[] = [];
    const spy = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
      writes.push(String(s));
      return true;
    });
    const out = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      expect(main([join(__dirname, "no-such-manifest.xml")])).toBe(1);
      expect(main([join(__dirname, "..", "..", "manifest.xml")])).toBe(0);
      expect(main([])).toBe(2);
    } finally {
      spy.mockRestore();
      out.mockRestore();
    }
    expect(writes.join("")).toContain("no such file");
  });
});
