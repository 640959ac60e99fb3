import { startLocalStack } from './server';

const port = Number(process.env.PORT ?? 8787);
const dataDir = process.env.ZHUCUN_DATA_DIR ?? '.data';
startLocalStack({
  port,
  dataDir,
  h5Dir: process.env.ZHUCUN_H5_DIR ?? 'dist/h5',
  seed: process.env.ZHUCUN_SEED !== 'none',
  host: process.env.ZHUCUN_HOST || undefined,
  publicUrl: process.env.ZHUCUN_PUBLIC_URL || undefined,
}).then(
  (s) => console.log(`zhucun 本地环境已启动：${s.url}  （数据目录 ${dataDir}${process.env.ZHUCUN_STORE === 'cloudbase-emulator' ? '，数据库：CloudBase 模拟器（内存，重启即清空）' : ''}${process.env.ZHUCUN_NOW ? `，时钟从 ${process.env.ZHUCUN_NOW} 起走` : ''}）`),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
