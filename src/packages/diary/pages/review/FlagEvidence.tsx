import { Text, View } from '@tarojs/components';
import { dayLabel } from '../../../../core/labels';
import type { DiaryFlagView } from '../../../../../types/diary';

interface PairSide {
  personName?: string;
  day?: string;
  text?: string;
}

/** A detection flag with its evidence: for near-duplicates, both texts of the matching pair. */
export function FlagEvidence({ flag }: { flag: DiaryFlagView }) {
  const pair = Array.isArray(flag.evidence.pair) ? (flag.evidence.pair as PairSide[]) : [];
  return (
    <View className='diary-flag stack'>
      <Text className={flag.status === 'open' ? 'warn' : 'muted'}>
        {flag.status === 'open' ? '' : '（已核实）'}
        {flag.explanation}
      </Text>
      {pair.map((p, i) => (
        <View key={i} className='stack'>
          <Text className='diary-read__label'>
            {p.personName ?? ''} {p.day ? dayLabel(p.day) : ''}
          </Text>
          <Text className='muted diary-read__text'>{p.text ?? ''}</Text>
        </View>
      ))}
    </View>
  );
}
