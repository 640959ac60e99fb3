import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '../../../../components/ui';
import { toUiError } from '../../../../hooks/errors';
import { downloadBase64 } from '../../../../services/files';

/** Asks the server for an .xlsx and saves (H5) or opens (WeChat) it. */
export function ExportButton({ label, make }: { label: string; make: () => Promise<{ fileName: string; base64: string }> }) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setNote(null);
    let file: { fileName: string; base64: string };
    try {
      file = await make();
    } catch (e) {
      setBusy(false);
      setNote({ ok: false, text: toUiError(e).message });
      return;
    }
    try {
      await downloadBase64(file.fileName, file.base64);
      setNote({ ok: true, text: `已导出：${file.fileName}` });
    } catch {
      setNote({ ok: false, text: '文件保存失败，请重试。' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='stack'>
      <Button type='primary' fill='outline' block size='large' loading={busy} disabled={busy} onClick={run}>
        {label}
      </Button>
      {note ? <Text className={note.ok ? 'ok' : 'bad'}>{note.text}</Text> : null}
    </View>
  );
}
