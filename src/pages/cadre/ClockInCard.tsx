import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { ACTIONS, OutputOf } from '../../../types';
import { shanghaiHourMinute } from '../../core/time';
import { dayLabel } from '../../core/labels';
import { LongText, overBy } from '../../components/LongText';
import { Button, Tag } from '../../components/ui';
import { toUiError, type UiError } from '../../hooks/errors';
import { isLocalMode } from '../../services/client';
import { currentFix, newRequestId, NoFix, type Fix } from '../../services/location';
import { offlineQueue, startOfflineSync, type QueuedCall } from '../../services/offline-queue';
import { askForReminders } from '../../services/subscribe';

type ClockInResult = OutputOf<(typeof ACTIONS)['attendance.clockIn']>;

interface Props {
  /** The village's first fence point: the local demo offers it as a simulated position. */
  demoPoint: { lat: number; lng: number } | null;
  /** Already clocked in today: only clock-ins still waiting to be sent are shown. */
  clockedIn?: boolean;
  onDone: () => void;
}

/** Clock-ins kept on the phone while offline, and any the server refused when they were sent. */
function useQueuedClockIns(onSent: () => void): QueuedCall[] {
  const [items, setItems] = useState<QueuedCall[]>(() => offlineQueue.list().filter((i) => i.action === 'attendance.clockIn'));
  const waiting = useRef(new Set(items.filter((i) => !i.failed).map((i) => i.id)));
  const sent = useRef(onSent);
  sent.current = onSent;
  useEffect(() => {
    startOfflineSync();
    const unsubscribe = offlineQueue.subscribe((all) => {
      const mine = all.filter((i) => i.action === 'attendance.clockIn');
      // A waiting clock-in that left the queue (not as refused) reached the server.
      const ids = new Set(mine.map((i) => i.id));
      if ([...waiting.current].some((id) => !ids.has(id))) sent.current();
      waiting.current = new Set(mine.filter((i) => !i.failed).map((i) => i.id));
      setItems(mine);
    });
    void offlineQueue.flush();
    return unsubscribe;
  }, []);
  useDidShow(() => void offlineQueue.flush());
  return items;
}

function QueuedList({ items }: { items: QueuedCall[] }) {
  const [sending, setSending] = useState(false);
  if (items.length === 0) return null;
  const waiting = items.filter((i) => !i.failed);
  return (
    <View className='stack'>
      {waiting.map((i) => (
        <View className='row' key={i.id}>
          <Text>{shanghaiHourMinute(new Date(i.deviceAt))} 的打卡</Text>
          <Text className='warn'>待上传</Text>
        </View>
      ))}
      {waiting.length > 0 ? (
        <>
          <Text className='muted'>没有网络时打卡先存在手机上，联网后会自动上传，打卡时间以点按时为准。</Text>
          <Button
            block
            size='large'
            loading={sending}
            onClick={async () => {
              setSending(true);
              await offlineQueue.flush();
              setSending(false);
            }}
          >
            现在上传
          </Button>
        </>
      ) : null}
      {items
        .filter((i) => i.failed)
        .map((i) => (
          <View className='stack' key={i.id}>
            <Text className='bad'>
              {shanghaiHourMinute(new Date(i.deviceAt))} 的打卡未能上传：{i.failed!.message}
            </Text>
            <Button size='small' onClick={() => offlineQueue.dismiss(i.id)}>
              知道了
            </Button>
          </View>
        ))}
    </View>
  );
}

/** 外勤 reasons are short: the server takes 2 to 100 characters. */
export const FIELD_REASON_MIN = 2;
export const FIELD_REASON_MAX = 100;

const DECISION_WORD: Record<ClockInResult['decision'], string> = { 'in-village': '在村', field: '外勤', outside: '不在村' };
const DECISION_TAG: Record<ClockInResult['decision'], 'success' | 'primary' | 'warning'> = { 'in-village': 'success', field: 'primary', outside: 'warning' };

/** What the server decided, kept on the card after the home reloads: where, how far, which day it counts for. */
export function ClockInResultView({ result }: { result: ClockInResult }) {
  return (
    <View className='stack'>
      <View className='row'>
        <Text>本次打卡</Text>
        <Tag type={DECISION_TAG[result.decision]}>{DECISION_WORD[result.decision]}</Tag>
      </View>
      {result.decision !== 'in-village' ? (
        <View className='row'>
          <Text className='muted'>距村</Text>
          <Text>约{result.distanceM}米</Text>
        </View>
      ) : null}
      <View className='row'>
        <Text className='muted'>{result.decision === 'outside' ? '打卡日期' : '计入'}</Text>
        <Text>
          {dayLabel(result.day)} {shanghaiHourMinute(new Date(result.at))}
          {result.syncedLater ? ' · 离线补传' : ''}
        </Text>
      </View>
      <Text className={result.decision === 'outside' ? 'warn' : 'ok'}>{result.message}</Text>
    </View>
  );
}

/** The reason asked before a 外勤 clock-in: required and short. */
function FieldForm({ pending, onSubmit, onCancel }: { pending: boolean; onSubmit: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const trimmed = reason.trim();
  const tooLong = overBy(reason, FIELD_REASON_MAX) > 0;
  const problem = trimmed.length < FIELD_REASON_MIN ? `请写明外勤事由（至少${FIELD_REASON_MIN}个字）` : null;
  return (
    <View className='stack'>
      <Text className='label'>外勤事由</Text>
      <LongText value={reason} max={FIELD_REASON_MAX} placeholder='例如：到镇里参加产业项目协调会' onInput={setReason} />
      {touched && problem ? <Text className='bad'>{problem}</Text> : null}
      <Button
        type='primary'
        block
        size='large'
        loading={pending}
        disabled={tooLong}
        onClick={() => {
          setTouched(true);
          if (!problem && !tooLong) onSubmit(trimmed);
        }}
      >
        外勤打卡
      </Button>
      <Button block size='small' onClick={onCancel}>
        取消
      </Button>
    </View>
  );
}

/** One tap: the position of this moment goes to the server, which decides and answers. Offline, it waits on the phone. */
export function ClockInCard({ demoPoint, clockedIn = false, onDone }: Props) {
  const queued = useQueuedClockIns(onDone);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ClockInResult | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [requestId, setRequestId] = useState(newRequestId);
  const [field, setField] = useState(false);

  async function send(fix: Fix, reason?: string) {
    const out = await offlineQueue.callOrQueue('attendance.clockIn', { ...fix, clientRequestId: requestId, ...(reason ? { reason } : {}) }, { deviceAt: true });
    setRequestId(newRequestId());
    if (out.status === 'queued') {
      setNote(reason ? '网络不通，外勤打卡已保存在手机上，联网后自动上传。' : '网络不通，打卡已保存在手机上，联网后自动上传。');
      setField(false);
      return;
    }
    setResult(out.result);
    setField(false);
    onDone();
  }
  async function run(getFix: () => Promise<Fix>, reason?: string) {
    askForReminders(); // WeChat asks for one-time reminder grants only straight from a tap, before any await
    setPending(true);
    setError(null);
    setNote(null);
    setResult(null);
    let fix: Fix;
    try {
      fix = await getFix();
    } catch (e) {
      setPending(false);
      setNote(e instanceof NoFix ? e.message : '没有拿到位置，请打开手机定位后重试。');
      return;
    }
    try {
      await send(fix, reason);
    } catch (e) {
      setError(toUiError(e));
    } finally {
      setPending(false);
    }
  }
  if (clockedIn) {
    return queued.length > 0 || result ? (
      <View className='card stack'>
        {result ? <ClockInResultView result={result} /> : null}
        <QueuedList items={queued} />
      </View>
    ) : null;
  }
  return (
    <View className='card stack'>
      {field ? (
        <FieldForm pending={pending} onSubmit={(reason) => void run(currentFix, reason)} onCancel={() => setField(false)} />
      ) : (
        <>
          <Button type='primary' block size='large' loading={pending} onClick={() => run(currentFix)}>
            驻村打卡
          </Button>
          {isLocalMode && demoPoint ? (
            <Button block size='large' onClick={() => run(async () => ({ lat: demoPoint.lat, lng: demoPoint.lng, accuracyM: 20, fuzzy: false }))}>
              用模拟位置打卡（演示）
            </Button>
          ) : null}
          <Button
            block
            size='small'
            onClick={() => {
              setField(true);
              setResult(null);
              setError(null);
              setNote(null);
            }}
          >
            外勤
          </Button>
        </>
      )}
      {result ? <ClockInResultView result={result} /> : null}
      {error ? <Text className='warn'>{error.message}</Text> : null}
      {note ? <Text className='warn'>{note}</Text> : null}
      <QueuedList items={queued} />
    </View>
  );
}
