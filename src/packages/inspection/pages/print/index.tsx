import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { factLines } from '../../../../core/inspection/fact-lines';
import { GROUP_LABELS, itemNumber } from '../../../../core/inspection/template';
import { SIGNER_LABELS, STATUS_LABELS } from '../../../../../types/inspection';
import { PageState } from '../../../../components/PageState';
import { Button } from '../../../../components/ui';
import { useQuery } from '../../../../hooks/useQuery';
import './print.css';
import { monthLabel } from '../../../../core/labels';

const rate = (x: number | null) => (x === null ? '' : `${x}`);
const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, -3) : '');

/** The record laid out like the paper form on A4 (print CSS); 打印 opens the browser's print dialog on H5. */
export default function PrintPage() {
  const { params } = useRouter();
  const q = useQuery('inspection.get', { recordId: params.id ?? '' }, { enabled: !!params.id });
  const r = q.data;
  const h = r?.header;
  const signers = (role: keyof typeof SIGNER_LABELS) =>
    (r?.required ?? [])
      .filter((x) => x.role === role)
      .map((x) => (x.signed ? `${x.name}（${time(x.at)}）` : '＿＿＿＿'))
      .join('、');
  return (
    <View className='pf-page'>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!r}>
        {r && h ? (
          <View>
            <View className='pf-tools'>
              {process.env.TARO_ENV === 'h5' ? (
                <Button type='primary' size='large' block onClick={() => window.print()}>
                  打印
                </Button>
              ) : (
                <Text className='muted'>在电脑浏览器打开本页打印，或用“导出Excel”。</Text>
              )}
              {r.status !== 'signed' ? <Text className='warn'>本表{STATUS_LABELS[r.status]}，三方签字前不作为有效督查。</Text> : null}
            </View>
            <View className='pf-sheet'>
              <View className='pf-title'>{r.templateName}</View>
              <View className='pf-sub'>
                时间：{monthLabel(r.month)}{'\u3000'}{r.countyName}
                {r.townshipName}{'\u3000'}督查组：{r.teamName}
              </View>
              <View className='pf-table'>
                <View className='pf-tr'>
                  <Text className='pf-th'>帮扶单位</Text>
                  <Text className='pf-td'>{h.unitName}</Text>
                  <Text className='pf-th'>工作队人数</Text>
                  <Text className='pf-td pf-n'>{h.teamSize}</Text>
                  <Text className='pf-th'>驻村队长</Text>
                  <Text className='pf-td'>{h.leaderName}</Text>
                  <Text className='pf-th'>第一书记</Text>
                  <Text className='pf-td'>{h.firstSecretaryName}</Text>
                </View>
                <View className='pf-tr'>
                  <Text className='pf-th'>帮扶村</Text>
                  <Text className='pf-td'>{h.villageName}</Text>
                  <Text className='pf-th'>总人口</Text>
                  <Text className='pf-td pf-n'>{h.population}</Text>
                  <Text className='pf-th'>贫困人数</Text>
                  <Text className='pf-td'>{h.poorCount}</Text>
                  <Text className='pf-th'>上年人均纯收入</Text>
                  <Text className='pf-td'>{h.lastYearIncome}</Text>
                </View>
                {(['team', 'secretary'] as const).map((g) => (
                  <View key={g}>
                    <View className='pf-tr pf-head'>
                      <Text className='pf-group'>{GROUP_LABELS[g]}</Text>
                      <Text className='pf-item'>督查指标</Text>
                      <Text className='pf-yes'>是</Text>
                      <Text className='pf-yes'>否</Text>
                    </View>
                    {r.items
                      .filter((i) => i.group === g)
                      .map((i) => (
                        <View className='pf-tr' key={i.key}>
                          <Text className='pf-group' />
                          <Text className='pf-item'>
                            {itemNumber(r.items, i.key)}.{i.text}
                            {i.note ? `（${i.note}）` : ''}
                          </Text>
                          <Text className='pf-yes'>{i.answer === 'yes' ? '✓' : ''}</Text>
                          <Text className='pf-yes'>{i.answer === 'no' ? '✓' : ''}</Text>
                        </View>
                      ))}
                    {g === 'team' ? (
                      <View className='pf-tr'>
                        <Text className='pf-group' />
                        <Text className='pf-half'>扶贫基金到位（万元）：{h.fundWan}</Text>
                        <Text className='pf-half'>争取项目资金（万元）：{h.projectFundWan}</Text>
                      </View>
                    ) : null}
                  </View>
                ))}
                <View className='pf-tr pf-head'>
                  <Text className='pf-group'>帮扶村满意度评价</Text>
                  <Text className='pf-q'>走访人数（人）</Text>
                  <Text className='pf-q'>满意率（%）</Text>
                  <Text className='pf-q'>走访人数（人）</Text>
                  <Text className='pf-q'>不满意率（%）</Text>
                </View>
                <View className='pf-tr'>
                  <Text className='pf-group'>{r.satisfaction.fromSurvey ? '取自群众问卷' : r.satisfaction.note}</Text>
                  <Text className='pf-q'>{rate(r.satisfaction.visited)}</Text>
                  <Text className='pf-q'>{rate(r.satisfaction.satisfiedRate)}</Text>
                  <Text className='pf-q'>{rate(r.satisfaction.visited)}</Text>
                  <Text className='pf-q'>{rate(r.satisfaction.dissatisfiedRate)}</Text>
                </View>
              </View>
              {r.extraProblems.length ? (
                <View className='pf-block'>
                  <Text className='pf-strong'>督查发现的其他问题：</Text>
                  {r.extraProblems.map((p, i) => (
                    <Text key={i} className='pf-line'>
                      {i + 1}. {p.text}
                    </Text>
                  ))}
                </View>
              ) : null}
              <View className='pf-sign'>
                <Text>村党组织负责人：{signers('village_secretary')}</Text>
                <Text>第一书记：{signers('first_secretary')}</Text>
                <Text>督查组成员：{signers('inspector')}</Text>
              </View>
              <View className='pf-block pf-facts'>
                <Text className='pf-strong'>附：系统数据核对（截至{r.facts.asOf}）</Text>
                {factLines(r.facts).map((l) => {
                  const c = r.checks[l.key];
                  return (
                    <Text key={l.key} className='pf-line'>
                      {l.label}：{l.text}。{c ? (c.state === 'confirmed' ? '督查组确认。' : `督查组更正为${c.value}（${c.note}）。`) : ''}
                    </Text>
                  );
                })}
              </View>
            </View>
          </View>
        ) : null}
      </PageState>
    </View>
  );
}
