// Kept for `npm run test:e2e`: the browser check lives in roles.e2e.mjs.
import './roles.e2e.mjs';
