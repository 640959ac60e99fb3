import { render } from '@testing-library/react';
import Settings from '../../src/packages/supervisor/pages/settings';
import { DEFAULT_RULE_CONFIG } from '../../src/core/rules/config';
import { setTransport } from '../../src/services/client';
import { fakeTransport, type Reply } from './fake-transport';
import { signInEachTestAs } from './page-helpers';

const admin = {
  openid: 'demo-admin',
  person: { id: 'p9', name: '王芳' },
  roles: [{ role: 'county_admin', scope: { level: 'county', id: 'c1', name: '青山县' } }],
  villages: [],
};

/** A fresh copy of the default rule config. */
export const cloneRules = (): typeof DEFAULT_RULE_CONFIG => JSON.parse(JSON.stringify(DEFAULT_RULE_CONFIG));

/** What `settings.rules.get` answers: the default rules, never saved, unless overridden. */
export const rulesView = (over: Partial<{ rules: unknown; problems: string[]; version: number }> = {}) => ({
  rules: cloneRules(),
  changed: [],
  problems: [],
  version: 0,
  updatedAt: null,
  updatedBy: null,
  ...over,
});

/** Renders the settings page as the county admin: default rules and an empty history unless `replies` says otherwise. */
export function renderSettings(replies: Record<string, Reply | ((input: unknown) => Reply)>) {
  const fake = fakeTransport({
    'session.whoami': { data: admin },
    'settings.rules.get': { data: rulesView() },
    'settings.history': { data: [] },
    ...replies,
  });
  setTransport(fake.transport);
  const r = render(<Settings />);
  return { ...fake, container: r.container };
}

/** Every test runs as the demo county admin, with time for the whole form. */
export function signInAsCountyAdminBeforeEach() {
  // The whole form (about fifty controls) renders slowly in jsdom on a cold start.
  jest.setTimeout(30000);
  signInEachTestAs('demo-admin');
}
