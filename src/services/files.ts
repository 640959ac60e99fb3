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

/** Let the person pick one .xlsx file; its content as base64, or null if they cancelled. */
export async function pickXlsxBase64(): Promise<string | null> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise<string | null>((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.xlsx';
      input.style.display = 'none';
      input.onchange = () => {
        const file = input.files?.[0];
        input.remove();
        if (!file) return resolve(null);
        const reader = new FileReader();
        reader.onload = () => {
          const url = String(reader.result ?? '');
          const comma = url.indexOf(',');
          resolve(comma >= 0 ? url.slice(comma + 1) : url);
        };
        reader.onerror = () => reject(new Error('读取文件失败，请重试'));
        reader.readAsDataURL(file);
      };
      document.body.appendChild(input);
      input.click();
    });
  }
  let filePath: string;
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
    const f = res.tempFiles[0];
    if (!f) return null;
    filePath = f.path;
  } catch {
    return null; // cancelled
  }
  return new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'base64',
      success: (r) => resolve(typeof r.data === 'string' ? r.data : ''),
      fail: (e) => reject(new Error(e.errMsg)),
    });
  });
}
