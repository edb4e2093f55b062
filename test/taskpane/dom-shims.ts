// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to pick its layout.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = NoopResizeObserver;
