/**
 * The NutUI components we use, imported one by one (component + its CSS) so only these reach the bundle.
 * The villager survey subpackage must not import this file: it stays tiny.
 */
import { configure as configureIcons } from '@nutui/icons-react-taro/dist/es/icons/configure.js';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/loading/style/css';

// NutUI icons (e.g. the Loading spinner) render an <i>; mini-program templates only know components.
if (process.env.TARO_ENV === 'weapp') configureIcons({ tag: 'view' });

export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button/index';
export { default as Cell } from '@nutui/nutui-react-taro/dist/es/packages/cell/index';
export { default as Tag } from '@nutui/nutui-react-taro/dist/es/packages/tag/index';
export { default as Loading } from '@nutui/nutui-react-taro/dist/es/packages/loading/index';
