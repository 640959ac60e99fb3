import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ErrorDetail } from '../../../../../types';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
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
  const importer = useMutation('roster.import');
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
    importer.reset();
    let base64: string | null;
    try {
      base64 = await pickXlsxBase64();
    } catch {
      setResult({ kind: 'error', message: '读取文件失败，请重试。', details: [] });
      return;
    }
    if (!base64) return;
    const out = await importer.run({ base64 });
    if (!out) return;
    setResult({
      kind: 'ok',
      text:
        `导入成功：新增${out.created.people}人，更新${out.updated.people}人` +
        `；新增${out.created.villages}个村，更新${out.updated.villages}个村` +
        `；新增${out.created.households}户农户，更新${out.updated.households}户。`,
    });
    onImported();
  };
  const shown: Result | null = importer.error
    ? { kind: 'error', message: importer.error.message, details: importer.error.code === 'IMPORT_INVALID' ? importer.error.details : [] }
    : result;

  return (
    <View className='card'>
      <View className='card-title'>名册导入</View>
      <Text className='muted'>先下载模板，在电脑或手机上填好，再上传。上传时如有错误，整份表格都不会导入。</Text>
      <Text className='muted'>农户多时可分批上传：每次只填“农户”表（约2000户以内），其他表留空。</Text>
      <View className='stack'>
        <Button type='primary' block size='large' loading={template.pending} onClick={download}>
          下载导入模板
        </Button>
        {template.error ? <Text className='bad'>{template.error.message}</Text> : null}
        {downloadError ? <Text className='bad'>{downloadError}</Text> : null}
        <Button type='primary' block size='large' loading={importer.pending} disabled={importer.pending} onClick={upload}>
          上传填好的名册
        </Button>
        {shown?.kind === 'ok' ? <Text>{shown.text}</Text> : null}
        {shown?.kind === 'error' ? (
          <View>
            <Text className='bad'>{shown.message}</Text>
            {shown.details.length > 0 ? (
              <View>
                {shown.details.map((d, i) => (
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
