import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { nextQuestionIndex, pruneSurveyAnswers, isSurveyAnswered } from '../../../../core/survey/flow';
import { householdKey } from '../../../../core/survey/household';
import { SURVEY_TEXT_MAX, type SurveyAnswerValue } from '../../../../core/survey/types';
import { overBy, overMessage } from '../../../../components/LongText';
import { ApiError } from '../../../../services/call';
import { isLocalMode } from '../../../../services/current-transport';
import { lightCall } from '../../../../services/light-client';
import { getDemoOpenid, newDemoVillagerOpenid, setDemoOpenid } from '../../../../services/transports/identity';
import { loadDraft, newRequestId, readScene, saveDraft, type Draft } from './draft';
import { QuestionView } from './QuestionView';
import { HouseholdForm, Intro, Message } from './Screens';
import { onReconnect, sendPending } from './send';
import './index.css';

type Screen =
  | { kind: 'loading' }
  | { kind: 'blocked'; title: string; text: string; retry?: boolean }
  | { kind: 'intro' }
  | { kind: 'household'; error: string | null }
  | { kind: 'question'; index: number; error: string | null }
  | { kind: 'sending'; text: string }
  | { kind: 'thanks'; text: string };

/** Villagers' survey, opened from the QR code posted in the village: no account, one question per screen. */
export default function SurveyPage() {
  const [scene] = useState(() => readScene());
  const [draft, setDraft] = useState<Draft>(() => (scene ? loadDraft(scene) : loadDraft('none')));
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const sending = useRef(false);

  const update = useCallback(
    (d: Draft) => {
      setDraft(d);
      if (scene) saveDraft(scene, d);
    },
    [scene],
  );

  const send = useCallback(
    async (d: Draft) => {
      if (!scene || !d.pending || sending.current) return;
      sending.current = true;
      const out = await sendPending(scene, d.pending);
      sending.current = false;
      if (out.kind === 'retry') return setScreen({ kind: 'sending', text: out.message });
      update({ ...d, pending: null, done: out.kind !== 'refused', answers: out.kind === 'refused' ? d.answers : {} });
      if (out.kind === 'refused') setScreen({ kind: 'blocked', title: '没能提交', text: out.message });
      else setScreen({ kind: 'thanks', text: out.message });
    },
    [scene, update],
  );

  const open = useCallback(async () => {
    if (!scene) return setScreen({ kind: 'blocked', title: '请扫码进入', text: '请用微信扫描村里张贴的问卷二维码。' });
    const d = loadDraft(scene);
    if (d.done) return setScreen({ kind: 'thanks', text: '您已经提交过了，感谢参与！' });
    if (d.pending) {
      setScreen({ kind: 'sending', text: '正在提交…' });
      return void send(d);
    }
    setScreen({ kind: 'loading' });
    try {
      const survey = await lightCall('survey.open', { scene });
      update({ ...d, survey });
      setScreen(d.history.length ? { kind: 'question', index: d.history[d.history.length - 1], error: null } : { kind: 'intro' });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'ALREADY_ANSWERED') return setScreen({ kind: 'thanks', text: e.message });
      if (e instanceof ApiError) return setScreen({ kind: 'blocked', title: '暂时不能填写', text: e.message });
      // No connection: carry on with the questions kept from an earlier visit, if any.
      if (d.survey) return setScreen(d.history.length ? { kind: 'question', index: d.history[d.history.length - 1], error: null } : { kind: 'intro' });
      setScreen({ kind: 'blocked', title: '网络不通', text: '请检查网络后点“重试”。', retry: true });
    }
  }, [scene, send, update]);

  useEffect(() => {
    // Local stack (H5): no WeChat, so each browser answers as a demo villager of its own.
    if (isLocalMode && !getDemoOpenid()) setDemoOpenid(newDemoVillagerOpenid());
    void open();
  }, [open]);

  useEffect(() => (draft.pending ? onReconnect(() => void send(loadDraft(scene ?? 'none'))) : undefined), [draft.pending, scene, send]);

  const survey = draft.survey;
  const questions = survey?.questions ?? [];
  const go = (index: number) => setScreen({ kind: 'question', index, error: null });

  const start = () => {
    if (survey?.onePerHousehold) return setScreen({ kind: 'household', error: null });
    update({ ...draft, history: [0] });
    go(0);
  };

  const finish = (d: Draft) => {
    const pending = {
      clientRequestId: newRequestId(),
      answers: pruneSurveyAnswers(questions, d.answers),
      household: survey?.onePerHousehold ? d.household : undefined,
    };
    const next = { ...d, pending };
    update(next);
    setScreen({ kind: 'sending', text: '正在提交…' });
    void send(next);
  };

  if (screen.kind === 'loading') return <Message tone='wait' title='正在打开问卷' text='请稍等…' />;
  if (screen.kind === 'blocked') return <Message tone='bad' title={screen.title} text={screen.text} action={screen.retry ? { label: '重试', onClick: () => void open() } : undefined} />;
  if (screen.kind === 'thanks') return <Message title='谢谢您！' text={`${screen.text} 现在可以关闭这个页面了。`} />;
  if (screen.kind === 'sending') return <Message tone='wait' title='正在提交' text={screen.text} action={{ label: '再试一次', onClick: () => void send(loadDraft(scene ?? 'none')) }} />;
  if (!survey) return null;
  if (screen.kind === 'intro') return <Intro survey={survey} onStart={start} />;
  if (screen.kind === 'household') {
    return (
      <HouseholdForm
        value={draft.household}
        error={screen.error}
        onChange={(household) => update({ ...draft, household })}
        onBack={() => setScreen({ kind: 'intro' })}
        onNext={() => {
          const k = householdKey(draft.household.head, draft.household.group);
          if (!k.ok) return setScreen({ kind: 'household', error: k.error });
          update({ ...draft, history: [0] });
          go(0);
        }}
      />
    );
  }

  const { index } = screen;
  const q = questions[index];
  const value = draft.answers[q.id];
  const setValue = (v: SurveyAnswerValue | undefined) => {
    const answers = { ...draft.answers };
    if (v === undefined) delete answers[q.id];
    else answers[q.id] = v;
    update({ ...draft, answers });
    setScreen({ kind: 'question', index, error: null });
  };
  const next = () => {
    if (q.required && !isSurveyAnswered(value)) return setScreen({ kind: 'question', index, error: '请先选择一个答案' });
    // Too long is refused here, in the villager's words, never cut: the box says by how much.
    if (typeof value === 'string' && overBy(value, SURVEY_TEXT_MAX) > 0) return setScreen({ kind: 'question', index, error: overMessage(value, SURVEY_TEXT_MAX) });
    const to = nextQuestionIndex(questions, index, draft.answers);
    if (to >= questions.length) return finish(draft);
    update({ ...draft, history: [...draft.history, to] });
    go(to);
  };
  const back = () => {
    const history = draft.history.slice(0, -1);
    update({ ...draft, history });
    if (history.length === 0) return setScreen(survey.onePerHousehold ? { kind: 'household', error: null } : { kind: 'intro' });
    go(history[history.length - 1]);
  };
  const last = nextQuestionIndex(questions, index, draft.answers) >= questions.length;
  return (
    <View className='sv-screen'>
      <View className='sv-progress'>
        <View className='sv-progress-bar' style={{ width: `${Math.round(((index + 1) / questions.length) * 100)}%` }} />
      </View>
      <Text className='sv-step'>
        第{index + 1}题 / 共{questions.length}题
      </Text>
      <Text className='sv-question'>{q.title}</Text>
      <QuestionView question={q} value={value} onChange={setValue} />
      {screen.error ? <Text className='sv-error'>{screen.error}</Text> : null}
      <Button className='sv-primary' onClick={next}>
        {last ? '提交' : !q.required && !isSurveyAnswered(value) ? '跳过' : '下一题'}
      </Button>
      <Button className='sv-secondary' onClick={back}>
        上一题
      </Button>
    </View>
  );
}
