import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ErrorDetail } from '../../../../../types';
import { ROSTER_FILE_MAX_BYTES, ROSTER_FILE_TOO_LARGE, rosterCloudPath } from '../../../../../types/roster';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { downloadBase64, pickXlsxFile, type PickedFile } from '../../../../services/files';
import { uploadFile } from '../../../../services/upload';

type Result =
  | { kind: 'ok'; text: string }
  | { kind: 'error'; message: string; details: ErrorDetail[] };

/** One error line in plain words: 人员表第3行：手机号应为11位数字 */
export function detailLine(d: ErrorDetail): string {
  const where = `${d.sheet ?? ''}${d.row != null ? `第${d.row}行` : ''}`;
  return where ? `${where}：${d.message}` : d.message;
}

/**
 * Download the template, fill it in, upload it back: all or nothing. The file goes to cloud storage
 * first (the local stack on H5) and the import gets its fileId, so a county of any size fits.
 */
export function RosterImport({ countyId, onImported }: { countyId: string; onImported: () => void }) {
  const template = useMutation('roster.template');
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const importer = useMutation('roster.import');
  const [result, setResult] = useState<Result | null>(null);
  const [uploading, setUploading] = useState(false);

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
    let file: PickedFile | null;
    try {
      file = await pickXlsxFile();
    } catch {
      setResult({ kind: 'error', message: '读取文件失败，请重试。', details: [] });
      return;
    }
    if (!file) return;
    if (file.size > ROSTER_FILE_MAX_BYTES) {
      setResult({ kind: 'error', message: ROSTER_FILE_TOO_LARGE, details: [] });
      return;
    }
    setUploading(true);
    let fileId: string;
    try {
      fileId = await uploadFile(file, rosterCloudPath(countyId));
    } catch (e) {
      setResult({ kind: 'error', message: e instanceof Error && e.message ? e.message : '文件上传失败，请重试。', details: [] });
      return;
    } finally {
      setUploading(false);
    }
    const out = await importer.run({ fileId });
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
      <Text className='muted'>全县农户可以一次上传。农户多时导入要等一会儿；如中途失败，重新上传同一份文件即可，已导入的不会重复。</Text>
      <View className='stack'>
        <Button type='primary' block size='large' loading={template.pending} onClick={download}>
          下载导入模板
        </Button>
        {template.error ? <Text className='bad'>{template.error.message}</Text> : null}
        {downloadError ? <Text className='bad'>{downloadError}</Text> : null}
        <Button type='primary' block size='large' loading={uploading || importer.pending} disabled={uploading || importer.pending} onClick={upload}>
          上传填好的名册
        </Button>
        {uploading ? <Text className='muted'>正在上传文件…</Text> : null}
        {importer.pending ? <Text className='muted'>正在导入，请稍候…</Text> : null}
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
