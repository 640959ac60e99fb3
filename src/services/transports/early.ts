/**
 * Requests that `index.html` starts while the app itself is still downloading: on weak 3G the
 * villager survey's `survey.open` would otherwise wait for the whole app first (one round trip
 * of about 0.6 s more before the first screen).
 *
 * The HTTP transport takes an early answer only when it would send exactly the same request
 * (address, headers, body) and takes each one once; anything else goes over the network as usual.
 */
export interface EarlyRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __zhucunEarly?: EarlyRequest[];
  }
}

function sameHeaders(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** The early response for this very request, if `index.html` started one; removed once taken. */
export function takeEarlyResponse(url: string, headers: Record<string, string>, body: string): Promise<Response> | null {
  const list = typeof window !== 'undefined' ? window.__zhucunEarly : undefined;
  const i = list ? list.findIndex((e) => e.url === url && e.body === body && sameHeaders(e.headers, headers)) : -1;
  if (!list || i < 0) return null;
  return list.splice(i, 1)[0].response;
}
