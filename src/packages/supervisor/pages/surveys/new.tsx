import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Picker, Text, View } from '@tarojs/components';
import { SURVEY_TEMPLATES } from '../../../../core/survey/templates';
import { addDays, shanghaiDay } from '../../../../core/time';
import type { SurveyQuestion } from '../../../../core/survey/types';
import { PageState } from '../../../../components/PageState';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { AddQuestion, QuestionEditor } from './QuestionEditor';
import { VillageChoice, type Pick } from './VillageChoice';
import { DETAIL_URL } from './labels';
import { MAX_CAMPAIGN_VILLAGES } from '../../../../../types/survey';
import './surveys.css';
import { serverNow } from '../../../../services/server-clock';

type TemplateId = 'awareness' | 'satisfaction' | 'combined' | 'custom';
const requestId = () => `svc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

function newQuestion(all: readonly SurveyQuestion[]): SurveyQuestion {
  let n = all.length + 1;
  while (all.some((q) => q.id === `c${n}`)) n += 1;
  return { id: `c${n}`, kind: 'single', title: '', options: ['是', '否'], required: true, measure: null, positive: [], skip: [] };
}

/** 新建问卷: template or own questions, villages in scope, period, target per village, one per household. */
export default function NewSurvey() {
  const villages = useQuery('org.villagePicker', {});
  const create = useMutation('survey.createCampaign');
  const today = shanghaiDay(serverNow());
  const [templateId, setTemplateId] = useState<TemplateId>('combined');
  const [title, setTitle] = useState(SURVEY_TEMPLATES[2].title);
  const [questions, setQuestions] = useState<SurveyQuestion[]>(SURVEY_TEMPLATES[2].questions);
  const [picked, setPicked] = useState<Pick[] | null>(null);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(addDays(today, 14));
  const [target, setTarget] = useState('50');
  const [perHousehold, setPerHousehold] = useState(true);
  const [requestKey] = useState(requestId);
  // A small scope starts with all its villages chosen; a large one with none (picked township first).
  const chosenVillages = picked ?? (villages.data?.whole ? villages.data.villages : []).map((v) => ({ id: v.id, townshipId: v.townshipId }));
  const chosen = chosenVillages.map((v) => v.id);

  const pickTemplate = (id: TemplateId) => {
    setTemplateId(id);
    const t = SURVEY_TEMPLATES.find((x) => x.id === id);
    setQuestions(t ? t.questions : [newQuestion([])]);
    if (t) setTitle(t.title);
  };
  const submit = async () => {
    const out = await create.run({
      title,
      templateId,
      questions,
      villageIds: chosen,
      from,
      to,
      targetPerVillage: Number(target),
      onePerHousehold: perHousehold,
      clientRequestId: requestKey,
    });
    if (out) void Taro.redirectTo({ url: `${DETAIL_URL}?id=${out.id}` });
  };

  return (
    <View className='page'>
      <View className='title'>新建问卷</View>
      <View className='card'>
        <View className='card-title'>模板</View>
        {[...SURVEY_TEMPLATES.map((t) => ({ id: t.id as TemplateId, name: t.name })), { id: 'custom' as TemplateId, name: '自定义' }].map((t) => (
          <Text key={t.id} className={`survey-chip${templateId === t.id ? ' survey-chip--on' : ''}`} onClick={() => pickTemplate(t.id)}>
            {t.name}
          </Text>
        ))}
        <Text className='survey-label'>标题</Text>
        <Input className='survey-field' value={title} maxlength={40} onInput={(e) => setTitle(e.detail.value)} />
      </View>
      <View className='card'>
        <View className='card-title'>调查的村（已选{chosen.length}个）</View>
        <PageState loading={villages.loading} error={villages.error} onRetry={villages.reload} hasData={!!villages.data}>
          {villages.data ? <VillageChoice scope={villages.data} picked={chosenVillages} onPick={setPicked} /> : null}
        </PageState>
        {chosen.length > MAX_CAMPAIGN_VILLAGES ? <Text className='bad'>一次最多选{MAX_CAMPAIGN_VILLAGES}个村，请少选一些。</Text> : null}
      </View>
      <View className='card'>
        <Picker mode='date' value={from} onChange={(e) => setFrom(e.detail.value)}>
          <View className='row'>
            <Text>开始日期</Text>
            <Text>{from} ›</Text>
          </View>
        </Picker>
        <Picker mode='date' value={to} onChange={(e) => setTo(e.detail.value)}>
          <View className='row'>
            <Text>结束日期</Text>
            <Text>{to} ›</Text>
          </View>
        </Picker>
        <Text className='survey-label'>每村目标份数</Text>
        <Input className='survey-field' type='number' value={target} onInput={(e) => setTarget(e.detail.value)} />
        <Text className={`survey-chip${perHousehold ? ' survey-chip--on' : ''}`} onClick={() => setPerHousehold(!perHousehold)}>
          {perHousehold ? '✓ ' : ''}每户只填一份（村民填写户主姓名和组）
        </Text>
      </View>
      {questions.map((q, i) => (
        <QuestionEditor
          key={q.id}
          question={q}
          index={i}
          all={questions}
          onChange={(next) => setQuestions(questions.map((x) => (x.id === q.id ? next : x)))}
          onRemove={() => setQuestions(questions.filter((x) => x.id !== q.id).map((x) => ({ ...x, skip: x.skip.filter((r) => r.to !== q.id) })))}
        />
      ))}
      <View className='stack'>
        <AddQuestion onAdd={() => setQuestions([...questions, newQuestion(questions)])} />
        {create.error ? <Text className='bad'>{create.error.message}</Text> : null}
        <Button type='primary' size='large' block loading={create.pending} onClick={() => void submit()}>
          创建并生成二维码
        </Button>
      </View>
    </View>
  );
}
