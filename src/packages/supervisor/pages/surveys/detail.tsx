import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageState } from '../../../../components/PageState';
import { Button, Tag } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { ACTIONS, audienceAdmits } from '../../../../../types';
import { downloadBase64 } from '../../../../services/files';
import { pageParam, STATE_LABELS, STATE_TAG } from './labels';
import { QrPanel } from './QrPanel';
import { VillageResult } from './VillageResult';
import './surveys.css';
import { dayLabel } from '../../../../core/labels';

const requestId = () => `svx-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * One campaign: results per village (rates with 95% interval), export; for the organisers also the
 * QR code and poster per village, and closing it.
 */
export default function SurveyDetail() {
  const { session } = useSession();
  const showCodes = !!session && audienceAdmits(ACTIONS['survey.code'].audience, session.roles);
  const [id] = useState(() => pageParam(() => Taro.getCurrentInstance?.()?.router?.params, 'id'));
  const results = useQuery('survey.results', { campaignId: id }, { enabled: !!id });
  const list = useQuery('survey.listCampaigns', {});
  const exporter = useMutation('survey.export');
  const closer = useMutation('survey.closeCampaign');
  const [qrFor, setQrFor] = useState<string | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const meta = list.data?.campaigns.find((c) => c.id === id);
  const d = results.data;

  const doExport = async () => {
    const out = await exporter.run({ campaignId: id });
    if (out) await downloadBase64(out.fileName, out.base64);
  };
  const doClose = async () => {
    if (!confirmClose) return setConfirmClose(true);
    const out = await closer.run({ campaignId: id, clientRequestId: requestId() });
    setConfirmClose(false);
    if (out) await Promise.all([results.reload(), list.reload()]);
  };

  return (
    <View className='page'>
      <PageState loading={results.loading} error={results.error} onRetry={results.reload} hasData={!!d}>
        {d ? (
          <>
            <View className='title'>{d.campaign.title}</View>
            <View className='row subtitle'>
              <Text>
                {dayLabel(d.campaign.from)} – {dayLabel(d.campaign.to)}
              </Text>
              <View className='survey-tag'>
                <Tag type={STATE_TAG[d.campaign.state]}>{STATE_LABELS[d.campaign.state]}</Tag>
              </View>
            </View>
            <View className='stack survey-actions'>
              <Button size='large' block loading={exporter.pending} onClick={() => void doExport()}>
                导出Excel
              </Button>
              {exporter.error ? <Text className='bad'>{exporter.error.message}</Text> : null}
            </View>
            {d.villages.map((v) => (
              <VillageResult
                key={v.villageId}
                village={v}
                awarenessMin={d.awarenessMin}
                minAnswers={d.minAnswers}
                minCellAnswers={d.minCellAnswers}
                qr={
                  showCodes && meta?.status === 'open' ? (
                    qrFor === v.villageId ? (
                      <QrPanel campaignId={id} villageId={v.villageId} />
                    ) : (
                      <Text className='link' onClick={() => setQrFor(v.villageId)}>
                        二维码和海报 ›
                      </Text>
                    )
                  ) : null
                }
              />
            ))}
            {meta?.canClose ? (
              <View className='stack'>
                <Button type={confirmClose ? 'danger' : 'default'} size='large' block loading={closer.pending} onClick={() => void doClose()}>
                  {confirmClose ? '确认结束？结束后村民不能再填写' : '结束调查'}
                </Button>
                {closer.error ? <Text className='bad'>{closer.error.message}</Text> : null}
              </View>
            ) : null}
          </>
        ) : null}
      </PageState>
    </View>
  );
}
