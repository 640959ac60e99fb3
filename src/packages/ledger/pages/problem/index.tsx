import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { EvidenceView } from '../../../../../types/ledger';
import { PageState } from '../../../../components/PageState';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { EditForm } from './EditForm';
import { problemIdParam } from './param';
import { RectifyForm } from './RectifyForm';
import { EvidenceGrid, ReviewPanel } from './ReviewPanel';
import '../ledger.css';
import { whenLabel } from '../../../../core/labels';

const ACTION_LABELS = { edit: '修改', submit: '提交整改', return: '退回', close: '销号' } as const;

/** One problem of the ledger: what was found, who fixes it how and by when, the rectification with its evidence, 销号 or 退回. */
export default function ProblemPage() {
  const [id] = useState(problemIdParam);
  const q = useQuery('ledger.get', { problemId: id }, { enabled: !!id });
  const ev = useMutation('ledger.evidence');
  const [evidence, setEvidence] = useState<EvidenceView[] | null>(null);
  const p = q.data;

  async function openEvidence() {
    const out = await ev.run({ problemId: id });
    if (out) {
      setEvidence(out);
      await q.reload();
    }
  }
  async function reload() {
    setEvidence(null);
    await q.reload();
  }
  // The 责任人 picks up their own uploads (kept until submitted) when the form opens.
  const drafts = p?.can.submit ? evidence : null;
  const canSubmit = !!p?.can.submit;
  useEffect(() => {
    if (canSubmit && evidence === null) void openEvidence();
  }, [canSubmit, evidence === null]);

  return (
    <View className='page'>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!p}>
        {p ? (
          <>
            <View className='title'>
              {p.townshipName}
              {p.villageName}
            </View>
            <View className='card stack'>
              <View className='row'>
                <Text className='card-title'>{p.source === 'item' ? '督查发现的问题' : '督查组补充的问题'}</Text>
                <Text className={`ledger-status ledger-status--${p.status}`}>{p.statusLabel}</Text>
              </View>
              <Text className='ledger-text'>{p.text}</Text>
              <Text className='muted'>督查月份：{p.month}</Text>
              <Text>责任人：{p.responsibleName ?? '未指定'}</Text>
              <Text>整改措施：{p.measures || '未填写'}</Text>
              <Text className={p.overdue ? 'bad' : ''}>
                时限：{p.dueDay}
                {p.overdue ? '（已逾期）' : ''}
              </Text>
            </View>
            {p.returnReason && p.status === 'returned' ? (
              <View className='card'>
                <Text className='bad'>被退回：{p.returnReason}</Text>
              </View>
            ) : null}
            {p.flags.length > 0 ? (
              <View className='card stack'>
                <View className='card-title'>雷同提示（不影响提交，请核实）</View>
                {p.flags.map((f, i) => (
                  <Text key={i} className='warn'>
                    {f.text}
                  </Text>
                ))}
              </View>
            ) : null}
            {p.rectification ? (
              <View className='card stack'>
                <View className='card-title'>整改完成情况</View>
                <Text className='ledger-text'>{p.rectification.text}</Text>
                <Text className='muted'>
                  {p.rectification.submittedByName} {whenLabel(p.rectification.submittedAt)} 提交，佐证材料{p.rectification.evidenceCount}份
                </Text>
                {!p.can.review && !p.can.submit ? (
                  evidence ? (
                    <EvidenceGrid evidence={evidence} />
                  ) : (
                    <Text className='link' onClick={() => void openEvidence()}>
                      查看佐证材料
                    </Text>
                  )
                ) : null}
              </View>
            ) : null}
            {p.can.review ? <ReviewPanel p={p} evidence={evidence} opening={ev.pending} onOpen={() => void openEvidence()} onDone={() => void reload()} /> : null}
            {p.can.submit && drafts ? <RectifyForm p={p} drafts={drafts} onSubmitted={() => void reload()} /> : null}
            {p.can.edit ? <EditForm p={p} today={p.today} onSaved={() => void reload()} /> : null}
            {ev.error ? <Text className='bad'>{ev.error.message}</Text> : null}
            {p.history.length > 0 ? (
              <View className='card stack'>
                <View className='card-title'>处理记录</View>
                {p.history.map((h, i) => (
                  <Text key={i} className='muted'>
                    {whenLabel(h.at)} {h.byName} {ACTION_LABELS[h.action]}
                    {h.note ? `：${h.note}` : ''}
                  </Text>
                ))}
              </View>
            ) : null}
          </>
        ) : null}
      </PageState>
    </View>
  );
}
