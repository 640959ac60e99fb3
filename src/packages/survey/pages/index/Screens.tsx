import { Button, Input, Text, View } from '@tarojs/components';
import type { SurveyInfo } from './draft';
import { dayLabel } from '../../../../core/labels';


export function Intro(props: { survey: SurveyInfo; onStart: () => void }) {
  const s = props.survey;
  return (
    <View className='sv-screen'>
      <Text className='sv-title'>{s.campaignTitle}</Text>
      <View className='sv-card'>
        <Text className='sv-line'>
          <Text className='sv-strong'>{s.organiser}</Text>想听听{s.villageName}乡亲们的意见。
        </Text>
        <Text className='sv-line'>共{s.questions.length}道题，大约1分钟。</Text>
        {s.onePerHousehold ? (
          <>
            <Text className='sv-line sv-safe'>答案是匿名的，不会告诉任何人是谁填的。</Text>
            <Text className='sv-line sv-small'>为防止一户重复答题，会请您填户主姓名；只保存为无法还原的编码，不保存姓名。</Text>
          </>
        ) : (
          <Text className='sv-line sv-safe'>不用填名字，答案是匿名的，不会告诉任何人是谁填的。</Text>
        )}
        <Text className='sv-line sv-small'>{dayLabel(s.to)}前都可以填写。</Text>
      </View>
      <Button className='sv-primary' onClick={props.onStart}>
        开始答题
      </Button>
    </View>
  );
}

export function HouseholdForm(props: {
  value: { head: string; group: string };
  error: string | null;
  onChange: (v: { head: string; group: string }) => void;
  onNext: () => void;
  onBack: () => void;
}) {
  const v = props.value;
  return (
    <View className='sv-screen'>
      <Text className='sv-title'>每户填一份</Text>
      <Text className='sv-line sv-small'>只用来防止一户重复答题；只保存为无法还原的编码，不保存姓名，也不和答案放在一起。</Text>
      <Text className='sv-label'>户主姓名</Text>
      <Input className='sv-input' value={v.head} maxlength={10} placeholder='例如：王建华' onInput={(e) => props.onChange({ ...v, head: e.detail.value })} />
      <Text className='sv-label'>组或门牌号</Text>
      <Input className='sv-input' value={v.group} maxlength={20} placeholder='例如：3组' onInput={(e) => props.onChange({ ...v, group: e.detail.value })} />
      {props.error ? <Text className='sv-error'>{props.error}</Text> : null}
      <Button className='sv-primary' onClick={props.onNext}>
        下一步
      </Button>
      <Button className='sv-secondary' onClick={props.onBack}>
        返回
      </Button>
    </View>
  );
}

export function Message(props: { title: string; text: string; tone?: 'ok' | 'bad' | 'wait'; action?: { label: string; onClick: () => void } }) {
  return (
    <View className='sv-screen sv-center'>
      <Text className={`sv-big-icon sv-${props.tone ?? 'ok'}`}>{props.tone === 'bad' ? '!' : props.tone === 'wait' ? '…' : '✓'}</Text>
      <Text className='sv-title'>{props.title}</Text>
      <Text className='sv-line'>{props.text}</Text>
      {props.action ? (
        <Button className='sv-primary' onClick={props.action.onClick}>
          {props.action.label}
        </Button>
      ) : null}
    </View>
  );
}
