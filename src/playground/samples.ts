// The bundled sample SOWs the playground opens with ?sample=NAME.
export const SAMPLES = [
  { id: "weak", label: "Weak SOW (subjective gates)", file: "samples/weak-sow.docx" },
  { id: "strong", label: "Strong SOW (binary gates)", file: "samples/strong-sow.docx" },
  { id: "redlined", label: "Redlined SOW (client changes)", file: "samples/redlined-sow.docx" },
] as const;

export type SampleId = (typeof SAMPLES)[number]["id"];

export function sampleById(id: string | null): (typeof SAMPLES)[number] {
  return SAMPLES.find((s) => s.id === id) ?? SAMPLES[0];
}
