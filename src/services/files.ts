import Taro from '@tarojs/taro';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Save a base64 file: H5 downloads it; the mini-program writes it to user data and opens it. */
export async function downloadBase64(fileName: string, base64: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const bin = atob(base64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_MIME }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    return;
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`;
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: base64,
      encoding: 'base64',
      success: () => resolve(),
      fail: (e) => reject(new Error(e.errMsg)),
    });
  });
  await Taro.openDocument({ filePath, showMenu: true });
}

/** A file the person picked: a temporary path on weapp, the browser's File on H5. */
export interface PickedFile {
  name: string;
  size: number;
  /** weapp: the temporary file path (for `Taro.cloud.uploadFile`). */
  path?: string;
  /** H5: the file itself (the body of `POST /upload`). */
  blob?: Blob;
}

/** Let the person pick one .xlsx file (from a WeChat chat on weapp, from disk on H5); null if they cancelled. */
export async function pickXlsxFile(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise<PickedFile | null>((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.xlsx';
      input.style.display = 'none';
      input.onchange = () => {
        const file = input.files?.[0];
        input.remove();
        resolve(file ? { name: file.name, size: file.size, blob: file } : null);
      };
      document.body.appendChild(input);
      input.click();
    });
  }
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
    const f = res.tempFiles[0];
    return f ? { name: f.name, size: f.size, path: f.path } : null;
  } catch {
    return null; // cancelled
  }
}
