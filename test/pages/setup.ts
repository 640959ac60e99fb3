// Compile-time constants Taro's H5 components expect (normally injected by the build).
const g = globalThis as Record<string, unknown>;
g.ENABLE_INNER_HTML = true;
g.ENABLE_ADJACENT_HTML = true;
g.ENABLE_SIZE_APIS = true;
g.ENABLE_TEMPLATE_CONTENT = true;
g.ENABLE_CLONE_NODE = true;
g.ENABLE_CONTAINS = true;
g.ENABLE_MUTATION_OBSERVER = false;
g.__TARO_FRAMEWORK__ = 'react';
g.DEPRECATED_ADAPTER_COMPONENT = false;
// Pages read process.env.TARO_ENV at call time: page tests run as the H5 build.
process.env.TARO_ENV = 'h5';
