/**
 * Resolves in a new task, so the page can draw and answer input in between. Not a
 * zero timeout: nested timeouts wait at least 4 ms, idle time that adds up over the
 * chunks of a large dataset.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
