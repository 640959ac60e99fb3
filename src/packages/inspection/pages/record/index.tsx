import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { STATUS_LABELS } from '../../../../../types/inspection';
import { PageState } from '../../../../components/PageState';
import { Button } from '../../../../components/ui';
import { toUiError } from '../../../../hooks/errors';
import { api } from '../../../../services/client';
import { downloadBase64 } from '../../../../services/files';
import { offlineQueue } from '../../../../services/offline-queue';
import { FactsCard } from './FactsCard';
import { HeaderCard, SatisfactionCard } from './FiguresCard';
import { ItemsCard } from './ItemsCard';
import { ExtraProblemsCard, OpenProblemsCard } from './ProblemsCard';
import { SignCard } from './SignCard';
import { useRecord } from './useRecord';
import './record.css';
import { monthLabel } from '../../../../core/labels';

export const PRINT_URL = '/packages/inspection/pages/print/index';

/**
 * 督查纪实表 (seed 002 annex 2): the inspector fills it in the village (offline too), then asks for
 * signatures; the first secretary and the other inspectors sign here; anyone in scope reads, prints
 * and exports it.
 */
export default function RecordPage() {
  const { params } = useRouter();
  const rec = useRecord({ id: params.id, drawId: params.drawId, villageId: params.villageId });
  const { view, draft } = rec;
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = !!view?.canEdit && !!draft;

  const save = async (finish: boolean) => {
    setBusy(true);
    setNote(null);
    try {
      const out = await rec.save(finish);
      setNote(
        out === 'queued'
          ? { ok: true, text: '网络不通，已存在手机上，联网后自动上传。' }
          : { ok: true, text: finish ? '已提交，请三方签字。' : '已保存。' },
      );
    } catch (e) {
      const err = toUiError(e);
      const more = err.details.map((d) => d.message).filter((m) => m !== err.message);
      setNote({ ok: false, text: [err.message, ...more].join('；') });
    } finally {
      setBusy(false);
    }
  };

  const exportXlsx = async () => {
    if (!view) return;
    setNote(null);
    try {
      const f = await api('inspection.export', { recordId: view.id });
      await downloadBase64(f.fileName, f.base64);
      setNote({ ok: true, text: `已导出：${f.fileName}` });
    } catch (e) {
      setNote({ ok: false, text: toUiError(e).message });
    }
  };

  return (
    <View className='page insp-page'>
      <PageState loading={rec.loading} error={rec.error} onRetry={rec.reload} hasData={!!view}>
        {view ? (
          <View className='stack'>
            <View className='title'>
              {view.villageName} · {monthLabel(view.month)}督查
            </View>
            <View className='card stack'>
              <View className='row'>
                <Text>{view.teamName || '督查组'}</Text>
                <Text className={view.status === 'signed' ? 'ok' : 'warn'}>{STATUS_LABELS[view.status]}</Text>
              </View>
              <Text className='muted'>
                {view.countyName}
                {view.townshipName} · {view.templateName}
              </Text>
              {rec.offline ? <Text className='warn'>现在没有网络，显示的是上次打开时的内容；填写的内容先存在手机上。</Text> : null}
              {rec.queued > 0 ? <Text className='warn'>有{rec.queued}次保存等待上传，联网后自动上传。</Text> : null}
              {rec.refused ? (
                <View className='stack'>
                  <Text className='bad'>离线保存的内容没能上传：{rec.refused.failed!.message}</Text>
                  <Text className='link' onClick={() => offlineQueue.dismiss(rec.refused!.id)}>
                    知道了
                  </Text>
                </View>
              ) : null}
              {view.status === 'signing' && view.canEdit ? <Text className='muted'>已提交签字。再修改会让已签的字作废，需要重新签。</Text> : null}
            </View>
            <OpenProblemsCard record={view} />
            <FactsCard
              facts={view.facts}
              checks={draft?.form.checks ?? view.checks}
              editable={editable}
              onCheck={(key, check) =>
                rec.edit((f) => {
                  const checks = { ...f.checks };
                  if (check) checks[key] = check;
                  else delete checks[key];
                  return { ...f, checks };
                })
              }
            />
            <HeaderCard record={view} header={draft?.form.header ?? view.header} editable={editable} onHeader={(p) => rec.edit((f) => ({ ...f, header: { ...f.header, ...p } }))} />
            <ItemsCard
              record={view}
              form={draft?.form ?? { header: view.header, items: view.items, checks: view.checks, satisfaction: { visited: '', satisfiedRate: '', dissatisfiedRate: '', note: '' }, extraProblems: view.extraProblems }}
              editable={editable}
              onItem={(key, patch) => rec.edit((f) => ({ ...f, items: f.items.map((i) => (i.key === key ? { ...i, ...patch } : i)) }))}
            />
            <SatisfactionCard
              record={view}
              sat={
                draft?.form.satisfaction ?? {
                  visited: view.satisfaction.visited === null ? '' : String(view.satisfaction.visited),
                  satisfiedRate: view.satisfaction.satisfiedRate === null ? '' : String(view.satisfaction.satisfiedRate),
                  dissatisfiedRate: view.satisfaction.dissatisfiedRate === null ? '' : String(view.satisfaction.dissatisfiedRate),
                  note: view.satisfaction.note,
                }
              }
              editable={editable}
              onSat={(p) => rec.edit((f) => ({ ...f, satisfaction: { ...f.satisfaction, ...p } }))}
            />
            <ExtraProblemsCard record={view} list={draft?.form.extraProblems ?? view.extraProblems} editable={editable} onChange={(extraProblems) => rec.edit((f) => ({ ...f, extraProblems }))} />
            {editable ? (
              <View className='card stack'>
                <Button size='large' block loading={busy} onClick={() => save(false)}>
                  保存
                </Button>
                <Button type='primary' size='xlarge' block loading={busy} onClick={() => save(true)}>
                  提交签字
                </Button>
              </View>
            ) : null}
            {note ? <Text className={note.ok ? 'ok' : 'bad'}>{note.text}</Text> : null}
            <SignCard record={view} onSigned={(r) => rec.adopt(r)} />
            <View className='card stack'>
              <Button size='large' block onClick={() => void Taro.navigateTo({ url: `${PRINT_URL}?id=${view.id}` })}>
                打印纪实表（A4）
              </Button>
              <Button size='large' block onClick={exportXlsx}>
                导出Excel
              </Button>
            </View>
          </View>
        ) : null}
      </PageState>
    </View>
  );
}
