import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ErrorDetail } from '../../../../../types';
import { Button } from '../../../../components/ui';
import { toUiError } from '../../../../hooks/errors';
import { useMutation } from '../../../../hooks/useMutation';
import { ApiError } from '../../../../services/api';
import { api } from '../../../../services/client';
import { downloadBase64, pickXlsxBase64 } from '../../../../services/files';

type Result =
  | { kind: 'ok'; text: string }
  | { kind: 'error'; message: string; details: ErrorDetail[] };

/** One error line in plain words: 人员表第3行：手机号应为11位数字 */
export function detailLine(d: ErrorDetail): string {
  const where = `${d.sheet ?? ''}${d.row != null ? `第${d.row}行` : ''}`;
  return where ? `${where}：${d.message}` : d.message;
}

/** Download the template, fill it in, upload it back: all or nothing. */
export function RosterImport({ onImported }: { onImported: () => void }) {
  const template = useMutation('roster.template');
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const download = async () => {
    setDownloadError(null);
    const out = await template.run({});
    if (!out) return;
    try {
      await downloadBase64(out.fileName, out.base64);
    } catch {
      setDownloadError('模板保存失败，请重试。');
    }
  };

  const upload = async () => {
    setResult(null);
    let base64: string | null;
    try {
      base64 = await pickXlsxBase64();
    } catch {
      setResult({ kind: 'error', message: '读取文件失败，请重试。', details: [] });
      return;
    }
    if (!base64) return;
    setImporting(true);
    try {
      // Called directly (not via useMutation) so the per-row details of IMPORT_INVALID are kept.
      const out = await api('roster.import', { base64 });
      setResult({
        kind: 'ok',
        text:
          `导入成功：新增${out.created.people}人，更新${out.updated.people}人` +
          `；新增${out.created.villages}个村，更新${out.updated.villages}个村。`,
      });
      onImported();
    } catch (e) {
      const details = e instanceof ApiError && e.code === 'IMPORT_INVALID' ? ((e.details ?? []) as ErrorDetail[]) : [];
      setResult({ kind: 'error', message: toUiError(e).message, details });
    } finally {
      setImporting(false);
    }
  };

  return (
    <View className='card'>
      <View className='card-title'>名册导入</View>
      <Text className='muted'>先下载模板，在电脑或手机上填好，再上传。上传时如有错误，整份表格都不会导入。</Text>
      <View className='stack'>
        <Button type='primary' block size='large' loading={template.pending} onClick={download}>
          下载导入模板
        </Button>
        {template.error ? <Text className='bad'>{template.error.message}</Text> : null}
        {downloadError ? <Text className='bad'>{downloadError}</Text> : null}
        <Button type='primary' block size='large' loading={importing} disabled={importing} onClick={upload}>
          上传填好的名册
        </Button>
        {result?.kind === 'ok' ? <Text>{result.text}</Text> : null}
        {result?.kind === 'error' ? (
          <View>
            <Text className='bad'>{result.message}</Text>
            {result.details.length > 0 ? (
              <View>
                {result.details.map((d, i) => (
                  <View className='row bad' key={i}>
                    <Text>{detailLine(d)}</Text>
                  </View>
                ))}
              </View>
            ) : null}
          </View>
        ) : null}
      </View>
    </View>
  );
}
