/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro at build time. */
    TARO_ENV?: 'weapp' | 'h5';
  }
}

declare module '@nutui/icons-react-taro/dist/es/icons/configure.js' {
  /** NutUI icons render an HTML tag ('i' by default), which the weapp templates do not know. */
  export function configure(config: { tag?: string; useSvg?: boolean; classPrefix?: string }): void;
}
