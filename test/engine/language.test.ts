import { detectLanguage } from "../../src/engine/language";

describe("detectLanguage", () => {
  it.each([
    ["The Supplier shall deliver the report within ten business days of the kick-off.", "en"],
    ["A CONTRATADA deverá entregar o relatório em até dez dias úteis após a assinatura do contrato.", "pt"],
    ["O pagamento sera feito apos a homologacao de cada fase do projeto.", "pt"],
    ["", "en"],
  ])("%s -> %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
