import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { EvidenceRecord, FlagView } from '../../types/presence';
import { whenLabel } from '../core/labels';
import { Tag } from './ui';
import './FlagCard.css';

const isRecord = (r: unknown): r is EvidenceRecord =>
  !!r && typeof r === 'object' && typeof (r as EvidenceRecord).at === 'string' && typeof (r as EvidenceRecord).lat === 'number';

/** One clock-in of the evidence: when, where (the position of that moment), how precise. */
function RecordLine({ r }: { r: EvidenceRecord }) {
  return (
    <View className='flag-evidence__line flag-evidence__record'>
      {[
        whenLabel(r.at),
        `纬度${r.lat.toFixed(6)}`,
        `经度${r.lng.toFixed(6)}`,
        `精度${Math.round(r.accuracyM * 10) / 10}米`,
        ...(r.fuzzy ? ['模糊定位'] : []),
        ...(r.syncedLater ? [`离线补传（${whenLabel(r.receivedAt)}上传）`] : []),
      ].map((part) => (
        // Each figure stays whole: a line breaks between them, never inside a number.
        <Text key={part} className='flag-evidence__part'>
          {part}
        </Text>
      ))}
    </View>
  );
}

/** Evidence other than clock-ins (e.g. the matching pair of diaries): its plain text fields. */
function OtherLine({ value }: { value: unknown }) {
  if (!value || typeof value !== 'object') return null;
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .map(([, v]) => String(v));
  return parts.length ? (
    <View className='flag-evidence__line'>
      <Text>{parts.join(' · ')}</Text>
    </View>
  ) : null;
}

/** The records involved, listed so a supervisor can check them. */
export function FlagEvidence({ evidence }: { evidence: Record<string, unknown> }) {
  const lists = Object.values(evidence).filter((v): v is unknown[] => Array.isArray(v) && v.some((x) => x && typeof x === 'object'));
  if (lists.length === 0) return null;
  return (
    <View className='flag-evidence'>
      <Text className='muted'>相关记录</Text>
      {lists.flatMap((list, i) => list.map((x, j) => (isRecord(x) ? <RecordLine key={`${i}-${j}`} r={x} /> : <OtherLine key={`${i}-${j}`} value={x} />)))}
    </View>
  );
}

/** A flag as a supervisor (or the cadre themselves) reads it; `actions` for clearing. */
export function FlagCard({ flag, showPerson = true, actions }: { flag: FlagView; showPerson?: boolean; actions?: ReactNode }) {
  return (
    <View className='card stack flag-card'>
      <View className='row'>
        <Text className='card-title'>{showPerson ? `${flag.personName} · ${flag.villageName}` : flag.kindLabel}</Text>
        <Tag type={flag.status === 'open' ? 'warning' : 'success'}>{flag.status === 'open' ? '待核实' : '已销号'}</Tag>
      </View>
      {showPerson ? (
        <Text className='muted'>
          {flag.kindLabel} · {flag.day}
        </Text>
      ) : (
        <Text className='muted'>{flag.day}</Text>
      )}
      <Text>{flag.explanation}</Text>
      <FlagEvidence evidence={flag.evidence} />
      {flag.status === 'cleared' ? (
        <Text className='muted'>
          {flag.clearedByName ?? ''}已核实：{flag.clearNote}
        </Text>
      ) : null}
      {actions}
    </View>
  );
}
