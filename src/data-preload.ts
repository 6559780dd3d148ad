/**
 * The dataset's request on our own pages, made by whichever of their scripts runs first:
 * first-request.js (a classic script, usually first) or the module entry. Each adds a
 * preload link unless one is there, and the entry's fetch is answered by its response:
 * one request, whatever the order in which the scripts arrived.
 */
export function preloadData(url: string): void {
  for (const link of document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]'))
    if (link.href === url) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // As the entry's fetch: a CORS request that sends cookies to its own site only.
  link.crossOrigin = 'anonymous';
  link.href = url;
  document.head.append(link);
}
