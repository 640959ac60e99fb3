import { Text, View } from '@tarojs/components';
import { changedSections, DIARY_SECTION_LABELS } from '../../../../core/diary/sections';
import type { DiaryEntryView } from '../../../../../types/diary';

type Amendment = DiaryEntryView['amendments'][number];

/** What a 补记 changed, section by section: the original and the new text side by side. */
export function AmendmentDiff({ a, when }: { a: Amendment; when: string }) {
  return (
    <View className='diary-amendment stack'>
      <Text className='warn'>
        {when} 补记，原因：{a.reason}
      </Text>
      {changedSections(a.before, a.after).map((k) => (
        <View key={k} className='stack'>
          <Text className='diary-read__label'>{DIARY_SECTION_LABELS[k]}</Text>
          <Text className='muted diary-read__text'>原来：{a.before[k] || '（空）'}</Text>
          <Text className='diary-read__text'>改为：{a.after[k] || '（空）'}</Text>
        </View>
      ))}
    </View>
  );
}
