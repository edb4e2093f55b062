// The only file that touches the real Office globals: it adapts them to a WordHost.
import type { WordHost } from "./host";

export function createOfficeHost(): WordHost {
  return {
    run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Word.run(batch),
    isSetSupported: (name: string, version: string) =>
      Office.context.requirements.isSetSupported(name, version),
  };
}
