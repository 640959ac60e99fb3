import Taro from '@tarojs/taro';
import { api } from './client';
import { newRequestId } from './location';

/**
 * One-time subscribe grants (WeChat): each accepted template allows the server one push.
 * WeChat shows the dialog only when requestSubscribeMessage is called straight from a tap, with
 * no await before it — so the template ids are fetched ahead of time and kept here, and
 * askForReminders() is called first thing in a tap handler (the clock-in tap: the daily, natural
 * moment). On H5 (local stack, no WeChat) everything here is a no-op.
 */
interface Templates {
  templates: { key: 'reminder' | 'alert' | 'notice'; templateId: string }[];
  remaining: Record<string, number>;
}

/** Ask again only for templates with fewer grants than this left. */
const LOW_WATER = 3;
/** WeChat accepts at most 3 one-time templates per request. */
const MAX_PER_REQUEST = 3;

const isWeapp = process.env.TARO_ENV === 'weapp';
let cache: Templates | null = null;
let loading: Promise<void> | null = null;

/** Fetches the configured templates and the caller's remaining grants (once; failures retried next time). */
export function prefetchSubscribeTemplates(): Promise<void> {
  if (!isWeapp) return Promise.resolve();
  loading ??= api('messages.templates', {})
    .then((t) => void (cache = t as Templates))
    .catch(() => void (loading = null));
  return loading;
}

/** The template ids worth asking for now: configured, and running low. */
export function templatesToAsk(t: Templates | null): Templates['templates'] {
  if (!t) return [];
  return t.templates.filter((x) => (t.remaining[x.key] ?? 0) < LOW_WATER).slice(0, MAX_PER_REQUEST);
}

/** Call synchronously at the start of a tap handler; never throws, never blocks the tap's own work. */
export function askForReminders(): void {
  if (!isWeapp) return;
  const ask = templatesToAsk(cache);
  if (ask.length === 0) {
    void prefetchSubscribeTemplates();
    return;
  }
  Taro.requestSubscribeMessage({ tmplIds: ask.map((x) => x.templateId), entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option)
    .then(async (res) => {
      const answers = res as unknown as Record<string, string>;
      const accepted = ask.filter((x) => answers[x.templateId] === 'accept').map((x) => x.key);
      if (accepted.length === 0) return;
      const out = await api('messages.grant', { accepted, clientRequestId: newRequestId() });
      if (cache) cache = { ...cache, remaining: out.remaining };
    })
    .catch(() => undefined);
}

// Cadre pages import this module: have the ids ready before the first tap.
if (isWeapp) setTimeout(() => void prefetchSubscribeTemplates(), 1500);
