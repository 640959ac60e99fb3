import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { EvidenceView, ProblemView } from '../../../../../types/ledger';
import { NoteForm } from '../../../../components/NoteForm';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';

/**
 * The reviewer's part: the evidence is opened here (which the server records), and only then is
 * 销号 offered; 退回 needs a reason.
 */
export function ReviewPanel({ p, evidence, onOpen, opening, onDone }: { p: ProblemView; evidence: EvidenceView[] | null; onOpen: () => void; opening: boolean; onDone: () => void }) {
  const review = useMutation('ledger.review');
  const [returning, setReturning] = useState(false);
  const seen = p.evidenceViewed && evidence !== null;
  async function close() {
    if (await review.run({ problemId: p.id, decision: 'close' })) onDone();
  }
  async function sendBack(reason: string) {
    if (await review.run({ problemId: p.id, decision: 'return', reason })) onDone();
  }
  return (
    <View className='card stack'>
      <View className='card-title'>销号</View>
      {!seen ? (
        <>
          <Text className='muted'>先看佐证材料，再决定销号或退回。</Text>
          <Button type='primary' size='large' block loading={opening} onClick={onOpen}>
            查看佐证材料
          </Button>
        </>
      ) : (
        <>
          <EvidenceGrid evidence={evidence} />
          <Button type='primary' size='large' block loading={review.pending && !returning} onClick={close}>
            核实无误，销号
          </Button>
          {returning ? (
            <NoteForm placeholder='退回理由（必填）' actions={[{ label: '退回', minLength: 2 }]} onConfirm={(n) => void sendBack(n)} pending={review.pending} error={null} onCancel={() => setReturning(false)} />
          ) : (
            <Button size='large' block onClick={() => setReturning(true)}>
              退回重新整改
            </Button>
          )}
        </>
      )}
      {review.error ? <Text className='bad'>{review.error.message}</Text> : null}
    </View>
  );
}

function openPdf(url: string) {
  if (process.env.TARO_ENV === 'h5') window.open(url, '_blank');
  else void Taro.downloadFile({ url }).then((r) => Taro.openDocument({ filePath: r.tempFilePath, fileType: 'pdf' }));
}

/** Photos as pictures (tap: full screen), PDFs as links. */
export function EvidenceGrid({ evidence }: { evidence: EvidenceView[] }) {
  const photos = evidence.filter((e) => e.contentType.startsWith('image/'));
  return (
    <View className='ledger-evidence'>
      {evidence.length === 0 ? <Text className='muted'>没有佐证材料。</Text> : null}
      {evidence.map((e) =>
        e.contentType.startsWith('image/') ? (
          <Image
            key={e.id}
            className='ledger-evidence__img'
            src={e.url}
            mode='aspectFill'
            onClick={() => void Taro.previewImage({ current: e.url, urls: photos.map((x) => x.url) })}
          />
        ) : (
          <Text key={e.id} className='link' onClick={() => openPdf(e.url)}>
            PDF文件（{Math.ceil(e.bytes / 1024)}KB）
          </Text>
        ),
      )}
    </View>
  );
}
