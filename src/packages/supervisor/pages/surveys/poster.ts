import Taro from '@tarojs/taro';
import { dayLabel } from '../../../../core/labels';

/**
 * The printable A4 poster (1240×1754 px, 150 dpi), drawn on the phone or browser with a canvas.
 * Drawn on the client on purpose: the phone and the browser always have Chinese fonts, while a
 * cloud function has none (server-side text would come out as boxes in production).
 */
export const A4 = { width: 1240, height: 1754 };
const QR = 760;

export interface PosterInfo {
  villageName: string;
  townshipName: string;
  campaignTitle: string;
  organiser: string;
  from: string;
  to: string;
}

export interface PosterLine {
  text: string;
  size: number;
  bold: boolean;
  color: string;
  /** Baseline of the first line. */
  y: number;
}

/** What the poster says, top to bottom, around the QR code (QR top at `qrTop`). */
export function posterLayout(p: PosterInfo): { lines: PosterLine[]; qrTop: number } {
  const qrTop = 470;
  const below = qrTop + QR + 110;
  return {
    qrTop,
    lines: [
      { text: '村 民 问 卷', size: 88, bold: true, color: '#ffffff', y: 120 },
      { text: `${p.townshipName}${p.villageName}`, size: 112, bold: true, color: '#1f2329', y: 300 },
      { text: p.campaignTitle, size: 56, bold: false, color: '#1f2329', y: 400 },
      { text: '微信扫一扫，1分钟答完', size: 84, bold: true, color: '#c8161d', y: below },
      { text: '不用填名字，匿名填写', size: 60, bold: true, color: '#1a6b34', y: below + 100 },
      { text: `填写时间：${dayLabel(p.from)} 至 ${dayLabel(p.to)}`, size: 52, bold: false, color: '#1f2329', y: below + 190 },
      { text: `发起：${p.organiser}`, size: 52, bold: false, color: '#1f2329', y: below + 270 },
    ],
  };
}

type Ctx2d = {
  fillStyle: string;
  font: string;
  textAlign: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(t: string, x: number, y: number): void;
  measureText(t: string): { width: number };
  drawImage(img: unknown, x: number, y: number, w: number, h: number): void;
};

function shrinkToFit(ctx: Ctx2d, l: PosterLine): void {
  let size = l.size;
  do {
    ctx.font = `${l.bold ? 'bold ' : ''}${size}px sans-serif`;
    size -= 4;
  } while (ctx.measureText(l.text).width > A4.width - 120 && size > 24);
}

function draw(ctx: Ctx2d, p: PosterInfo, qr: unknown): void {
  const { lines, qrTop } = posterLayout(p);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, A4.width, A4.height);
  ctx.fillStyle = '#c8161d';
  ctx.fillRect(0, 0, A4.width, 180);
  ctx.textAlign = 'center';
  for (const l of lines) {
    shrinkToFit(ctx, l);
    ctx.fillStyle = l.color;
    ctx.fillText(l.text, A4.width / 2, l.y);
  }
  ctx.drawImage(qr, (A4.width - QR) / 2, qrTop, QR, QR);
}

async function loadImage(create: () => { onload: unknown; onerror: unknown; src: string }, src: string): Promise<unknown> {
  const img = create();
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('二维码图片加载失败，请重试'));
    img.src = src;
  });
  return img;
}

/** Draws the poster; H5 downloads a PNG, the mini-program opens it full screen (long-press to save or print). */
export async function savePoster(p: PosterInfo, qrUrl: string): Promise<void> {
  const fileName = `问卷海报-${p.villageName}.png`;
  if (process.env.TARO_ENV === 'h5') {
    const canvas = document.createElement('canvas');
    canvas.width = A4.width;
    canvas.height = A4.height;
    const qr = await loadImage(() => Object.assign(new Image(), { crossOrigin: 'anonymous' }), qrUrl);
    draw(canvas.getContext('2d') as unknown as Ctx2d, p, qr);
    const a = document.createElement('a');
    a.href = canvas.toDataURL('image/png');
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    return;
  }
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width: A4.width, height: A4.height }) as unknown as {
    getContext(t: '2d'): Ctx2d;
    createImage(): { onload: unknown; onerror: unknown; src: string };
    toDataURL(): string;
  };
  const local = await Taro.downloadFile({ url: qrUrl });
  const qr = await loadImage(() => canvas.createImage(), local.tempFilePath);
  draw(canvas.getContext('2d'), p, qr);
  // toDataURL rather than canvasToTempFilePath: the latter fails for offscreen canvases on iOS.
  const filePath = `${Taro.env.USER_DATA_PATH}/poster-${Date.now()}.png`;
  const base64 = canvas.toDataURL().replace(/^data:image\/png;base64,/, '');
  await new Promise<void>((resolve, reject) =>
    Taro.getFileSystemManager().writeFile({ filePath, data: base64, encoding: 'base64', success: () => resolve(), fail: (e) => reject(new Error(e.errMsg)) }),
  );
  await Taro.previewImage({ urls: [filePath] });
}
