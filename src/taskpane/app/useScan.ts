// The scan lifecycle: Scan, progress, Cancel, and a debounced re-scan when the document changes.
import { useCallback, useEffect, useRef, useState } from "react";
import type { GatecheckService, ScanProgress, ScanRequest, ScanResult } from "../service";

export type ScanStatus = "idle" | "scanning" | "done";

export interface ScanState {
  status: ScanStatus;
  progress: ScanProgress | null;
  result: ScanResult | null;
  /** The document changed after the last scan finished. */
  stale: boolean;
  /** True while the running scan was started by an edit rather than the user. */
  automatic: boolean;
  /** How many scans finished successfully. */
  completed: number;
  /** "cancelled" or an error message from the last attempt, cleared by the next scan. */
  problem: { kind: "cancelled" } | { kind: "failed"; message: string; key?: string } | null;
}

export const RESCAN_DELAY_MS = 1500;

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

export function useScan(service: GatecheckService, request: ScanRequest, autoRescan: boolean) {
  const [state, setState] = useState<ScanState>({
    status: "idle",
    progress: null,
    result: null,
    stale: false,
    automatic: false,
    completed: 0,
    problem: null,
  });
  const controller = useRef<AbortController | null>(null);
  const requestRef = useRef(request);
  requestRef.current = request;

  const scan = useCallback(
    async (automatic = false) => {
      controller.current?.abort();
      const ac = new AbortController();
      controller.current = ac;
      setState((s) => ({ ...s, status: "scanning", automatic, problem: null, progress: { phase: "reading", fraction: 0 } }));
      try {
        const result = await service.scan(
          requestRef.current,
          (progress) => {
            if (!ac.signal.aborted) setState((s) => ({ ...s, progress }));
          },
          ac.signal,
        );
        if (ac.signal.aborted) return;
        setState((s) => ({ status: "done", progress: null, result, stale: false, automatic: false, completed: s.completed + 1, problem: null }));
      } catch (error) {
        if (controller.current !== ac && isAbort(error)) return; // superseded by a newer scan
        const problem: ScanState["problem"] = isAbort(error)
          ? { kind: "cancelled" }
          : {
              kind: "failed",
              message: error instanceof Error ? error.message : String(error),
              ...(error instanceof Error && "key" in error && typeof error.key === "string" ? { key: error.key } : {}),
            };
        setState((s) => ({ ...s, status: s.result ? "done" : "idle", progress: null, automatic: false, problem }));
      } finally {
        if (controller.current === ac) controller.current = null;
      }
    },
    [service],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  const scanningRef = useRef(false);
  scanningRef.current = state.status === "scanning";
  const hasResult = state.result !== null;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = service.onDocumentChanged(() => {
      if (scanningRef.current) return;
      setState((s) => (s.result && !s.stale ? { ...s, stale: true } : s));
      if (!autoRescan || !hasResult) return;
      clearTimeout(timer);
      timer = setTimeout(() => void scan(true), RESCAN_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [service, autoRescan, hasResult, scan]);

  useEffect(() => () => controller.current?.abort(), []);

  return { state, scan, cancel };
}
