import { Input, Text, View } from '@tarojs/components';
import type { RecordView } from '../../../../../types/inspection';
import type { RecordForm } from './form';

type Header = RecordForm['header'];
type Sat = RecordForm['satisfaction'];

function Field({ label, value, editable, placeholder, onInput, digit }: { label: string; value: string; editable: boolean; placeholder?: string; onInput: (v: string) => void; digit?: boolean }) {
  return (
    <View className='insp-field'>
      <Text className='insp-field-label'>{label}</Text>
      {editable ? (
        <Input className='text-field insp-field-input' type={digit ? 'digit' : 'text'} value={value} maxlength={20} placeholder={placeholder ?? ''} onInput={(e) => onInput(e.detail.value ?? '')} />
      ) : (
        <Text>{value || '—'}</Text>
      )}
    </View>
  );
}

/** 基本情况: what the roster knows is shown; what it does not (population, income, funds) is typed once here. */
export function HeaderCard({ record, header, editable, onHeader }: { record: RecordView; header: Header; editable: boolean; onHeader: (p: Partial<Header>) => void }) {
  const h = record.header;
  return (
    <View className='card stack'>
      <Text className='card-title'>基本情况</Text>
      <Text>
        帮扶单位：{h.unitName || '—'}；工作队{h.teamSize}人；驻村队长：{h.leaderName || '—'}；第一书记：{h.firstSecretaryName || '—'}
      </Text>
      <Field label='总人口' value={header.population} editable={editable} onInput={(population) => onHeader({ population })} />
      <Field label='贫困人数' value={header.poorCount} editable={editable} onInput={(poorCount) => onHeader({ poorCount })} />
      <Field label='上年人均纯收入' value={header.lastYearIncome} editable={editable} onInput={(lastYearIncome) => onHeader({ lastYearIncome })} />
      <Field label='扶贫基金到位（万元）' value={header.fundWan} editable={editable} onInput={(fundWan) => onHeader({ fundWan })} />
      <Field label='争取项目资金（万元）' value={header.projectFundWan} editable={editable} onInput={(projectFundWan) => onHeader({ projectFundWan })} />
    </View>
  );
}

/** 帮扶村满意度评价: from the village's survey when it has one; a different figure needs a reason. */
export function SatisfactionCard({ record, sat, editable, onSat }: { record: RecordView; sat: Sat; editable: boolean; onSat: (p: Partial<Sat>) => void }) {
  const s = record.facts.survey;
  return (
    <View className='card stack'>
      <Text className='card-title'>帮扶村满意度评价</Text>
      {s ? (
        <Text className='muted'>
          已按本村群众问卷“{s.title}”填好（答卷{s.visited}份{s.withheld ? '，答卷太少暂不显示满意率' : ''}）。与问卷不符时再改，并写明理由。
        </Text>
      ) : (
        <Text className='muted'>本村这个月没有群众问卷，请按走访情况填写。</Text>
      )}
      <Field label='走访人数（人）' digit value={sat.visited} editable={editable} onInput={(visited) => onSat({ visited })} />
      <Field label='满意率（%）' digit value={sat.satisfiedRate} editable={editable} onInput={(satisfiedRate) => onSat({ satisfiedRate })} />
      <Field label='不满意率（%）' digit value={sat.dissatisfiedRate} editable={editable} onInput={(dissatisfiedRate) => onSat({ dissatisfiedRate })} />
      {editable ? (
        <Input className='text-field' value={sat.note} maxlength={200} placeholder='与问卷不同的理由（与问卷一致可不填）' onInput={(e) => onSat({ note: e.detail.value ?? '' })} />
      ) : sat.note ? (
        <Text className='warn'>督查组说明：{sat.note}</Text>
      ) : null}
    </View>
  );
}
