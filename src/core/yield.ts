/** setImmediate where there is one (Node); a zero timeout in browsers. */
export const yieldToEventLoop = () =>
  new Promise<void>((r) => (globalThis.setImmediate ? globalThis.setImmediate(r) : setTimeout(r, 0)));

/**
 * Long work calls `due()` between steps and yields when it has held the event loop for
 * `sliceMs`: other requests are answered meanwhile, and the work still runs at full speed.
 */
export class TimeSlicer {
  private last = performance.now();

  constructor(private readonly sliceMs = 10) {}

  async due(): Promise<void> {
    if (performance.now() - this.last < this.sliceMs) return;
    await yieldToEventLoop();
    this.last = performance.now();
  }
}
