import { useState } from 'react';
import { pickCompressedPhoto, type PreparedPhoto } from '../services/photo';

/**
 * 添加照片: the person picks a photo, the phone compresses it, `send` uploads it; a photo that cannot be
 * prepared is said in words (`problem`) and nothing is sent.
 */
export function usePhotoPicker(send: (prepared: PreparedPhoto) => Promise<void>) {
  const [problem, setProblem] = useState<string | null>(null);
  async function add() {
    setProblem(null);
    let prepared: PreparedPhoto | null;
    try {
      prepared = await pickCompressedPhoto();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : '照片处理失败，请换一张。');
      return;
    }
    if (prepared) await send(prepared);
  }
  return { add, problem };
}
