import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { timeText } from '../draws/draw-text';
import { monthLabel } from '../../../../core/labels';

/** The draw's title and its dates, as the draw page and the public page show them. */
export function DrawHeader({ d, status, suffix }: { d: { scopeName: string; month: string; publishedAt: string | null; drawnAt: string | null }; status: string; suffix: string }) {
  return (
    <>
      <View className='title'>
        {d.scopeName}
        {monthLabel(d.month)}
        {suffix}
      </View>
      <View className='subtitle'>
        {status}
        {d.publishedAt ? ` · ${timeText(d.publishedAt)}公示` : ''}
        {d.drawnAt ? ` · ${timeText(d.drawnAt)}开奖` : ''}
      </View>
    </>
  );
}

/** Each inspector's commitment: name, when, and the hash that binds their secret number. */
export function CommitmentLines({ commitments }: { commitments: { personId: string; name: string; at: string; hash: string }[] }) {
  return (
    <>
      {commitments.map((c) => (
        <View key={c.personId} className='draw-line'>
          <View className='row'>
            <Text>{c.name}</Text>
            <Text className='muted'>{timeText(c.at)}</Text>
          </View>
          <Text className='draw-mono'>{c.hash}</Text>
        </View>
      ))}
    </>
  );
}

/** One drawn village of the selection. */
export interface SelectedLine {
  villageId: string;
  countyId: string;
  villageCode: string;
  ticket: string;
  name: string;
  teamName: string;
}

/** The result: the seed, then each drawn village with its code, ticket and the team sent there. */
export function SelectionCard({ seed, selection, countyName, children }: { seed: string | null; selection: SelectedLine[]; countyName: (countyId: string) => string; children?: ReactNode }) {
  return (
    <View className='card stack'>
      <View className='card-title'>开奖结果</View>
      <Text className='muted'>种子</Text>
      <Text className='draw-mono'>{seed}</Text>
      {selection.map((s) => (
        <View key={s.villageId} className='draw-line'>
          <View className='row'>
            <Text>
              {countyName(s.countyId)}
              {s.name}
            </Text>
            <Text className='ok'>{s.teamName}</Text>
          </View>
          <Text className='draw-mono'>
            {s.villageCode} 签号 {s.ticket}
          </Text>
        </View>
      ))}
      {children}
    </View>
  );
}
