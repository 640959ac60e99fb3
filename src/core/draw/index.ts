/** The verifiable lottery (摇号抽查): pure computation shared by the server, the app and `npm run verify-draw`. */
export * from './types';
export * from './sha256';
export * from './draw';
export * from './verify';
