import { extractFacts, findPartyDefinitions, partyNameBefore } from "../../src/engine/facts";
import { buildDoc } from "./support/build";

describe("party definitions", () => {
  test.each([
    ['between Contoso Inc. ("Client") and Northwind Consulting LLC ("Vendor").', [["client", "Client", "Contoso Inc."], ["vendor", "Vendor", "Northwind Consulting LLC"]]],
    ["Contoso Inc., a Delaware corporation (the “Customer”), and Fabrikam Ltd, hereinafter the Vendor, agree", [["client", "Customer", "Contoso Inc."], ["vendor", "Vendor", "Fabrikam Ltd"]]],
    ['Fabrikam Services (hereinafter referred to as the "Supplier")', [["vendor", "Supplier", "Fabrikam Services"]]],
    ["Contoso Inc. ( Client ) and Fabrikam Ltd (the  Vendor)", [["client", "Client", "Contoso Inc."], ["vendor", "Vendor", "Fabrikam Ltd"]]],
    [
      "ACME COMÉRCIO LTDA., inscrita no CNPJ sob nº 00.000.000/0001-00, doravante denominada CONTRATANTE, e BETA SISTEMAS S.A., doravante denominada CONTRATADA",
      [["client", "CONTRATANTE", "ACME COMÉRCIO LTDA."], ["vendor", "CONTRATADA", "BETA SISTEMAS S.A."]],
    ],
  ])("%s", (text, expected) => {
    expect(findPartyDefinitions(text).map((d) => [d.side, d.term, d.name])).toEqual(expected);
  });

  test("no definition, no party", () => {
    expect(findPartyDefinitions("The Client (as defined above) shall pay.")).toEqual([]);
    expect(partyNameBefore("shall be paid by the ", 21)).toBeNull();
  });
});

test("facts: parties, review period in business days, payment term, currency, contract value", () => {
  const doc = buildDoc([
    'This SOW is between Contoso Inc. ("Client") and Northwind LLC ("Vendor").',
    "The Client's Project Sponsor shall review each Deliverable within five (5) Business Days of submission.",
    "The Client may reject a Deliverable within 5 business days by written notice.",
    "Invoices are payable within thirty (30) days of receipt. The total fixed fee is USD 120,000.",
    "The Vendor charges USD 40,000 per month for support, a total of USD 480,000 a year... no, see above.",
  ]);
  expect(extractFacts(doc)).toMatchObject({
    client: "Contoso Inc.",
    vendor: "Northwind LLC",
    clientTerm: "Client",
    vendorTerm: "Vendor",
    reviewDays: 5,
    netDays: 30,
    currency: "USD",
    contractValue: 120000,
    contractValueAnchor: { paragraph: 3, text: "USD 120,000" },
    approver: "Project Sponsor",
  });
});

test("a monthly rate is not the contract value, and an empty document states nothing", () => {
  expect(extractFacts(buildDoc(["A fixed fee of USD 40,000 per month."])).contractValue).toBeNull();
  expect(extractFacts(buildDoc([]))).toMatchObject({ client: null, vendor: null, reviewDays: null, netDays: null, currency: null, contractValue: null });
});

test("business-day review periods win over calendar ones", () => {
  const doc = buildDoc(["The Client shall review the Deliverable within 10 days.", "Acceptance or rejection follows within 3 Business Days."]);
  expect(extractFacts(doc).reviewDays).toBe(3);
});
