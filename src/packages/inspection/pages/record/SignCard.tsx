import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { SIGNER_LABELS, type RecordView } from '../../../../../types/inspection';
import { Button } from '../../../../components/ui';
import { useBusy } from '../../../../hooks/useBusy';
import { api } from '../../../../services/client';

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, -3);

/**
 * 签字: the record counts only once the village party secretary, the first secretary and every
 * inspector have confirmed it, each on their own phone. Roster people sign here; the village party
 * secretary signs with a one-time code the inspector shows (签字码), on their own phone.
 */
export function SignCard({ record, onSigned }: { record: RecordView; onSigned: (r: RecordView) => void }) {
  const [code, setCode] = useState<{ code: string; path: string; expiresAt: string } | null>(null);
  const secretarySigned = record.required.some((r) => r.role === 'village_secretary' && r.signed);
  const { busy, error, run } = useBusy();
  const link = code && process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' ? `${window.location.origin}${window.location.pathname}#${code.path}` : null;
  return (
    <View className='card stack' id='insp-sign'>
      <Text className='card-title'>签字确认</Text>
      {record.status === 'draft' ? <Text className='muted'>督查组填完并“提交签字”后，三方在各自手机上确认签字。</Text> : null}
      {record.status === 'signed' ? <Text className='ok'>三方已全部签字，本表有效。</Text> : null}
      {record.required.map((r) => (
        <View className='row' key={`${r.role}:${r.personId ?? ''}`}>
          <Text>
            {SIGNER_LABELS[r.role]} {r.personId || r.signed ? r.name : ''}
          </Text>
          <Text className={r.signed ? 'ok' : 'muted'}>{r.signed && r.at ? `已签 ${time(r.at)}` : '未签'}</Text>
        </View>
      ))}
      {record.canSignAs ? (
        <View className='stack'>
          <Text>请看完上面的内容。签字表示您认可本表所记情况；本表内容再有改动，签字作废，需重新签。</Text>
          <Button
            type='primary'
            size='xlarge'
            block
            loading={busy}
            onClick={() => run(async () => onSigned(await api('inspection.sign', { recordId: record.id, revision: record.revision })))}
          >
            确认签字（{SIGNER_LABELS[record.canSignAs]}）
          </Button>
        </View>
      ) : null}
      {record.canEdit && record.status === 'signing' && !secretarySigned ? (
        <View className='stack'>
          <Button
            fill='outline'
            type='primary'
            size='large'
            block
            loading={busy}
            onClick={() => run(async () => setCode(await api('inspection.signCode', { recordId: record.id })))}
          >
            请村党组织负责人签字
          </Button>
          {code ? (
            <View className='stack insp-code'>
              <Text>请村党组织负责人用自己的手机打开“驻村”，在“村书记签字”输入签字码，或打开下面的链接：</Text>
              <Text className='big-number insp-code-value'>{code.code}</Text>
              {link ? <Text className='insp-link'>{link}</Text> : null}
              <Text className='muted'>签字码只能用一次，{time(code.expiresAt)}前有效。</Text>
            </View>
          ) : null}
        </View>
      ) : null}
      {error ? <Text className='bad'>{error}</Text> : null}
    </View>
  );
}
