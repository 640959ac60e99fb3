import { Text, View } from '@tarojs/components';
import { LongText, overBy } from '../../../../components/LongText';
import { DIARY_SECTION_KEYS, DIARY_SECTION_LABELS, DIARY_SECTION_MAX, type DiarySectionKey, type DiarySections } from '../../../../core/diary/sections';

const HINTS: Record<DiarySectionKey, string> = {
  visits: '今天走访了哪些农户，了解到什么情况',
  party: '组织生活、党员学习、支部建设',
  industry: '产业项目、合作社、销路',
  service: '为群众办了哪些实事',
  other: '其他工作',
};

/** Whether any section is over its limit: then saving waits (the box says by how much). */
export const sectionsTooLong = (value: DiarySections): boolean => DIARY_SECTION_KEYS.some((k) => overBy(value[k], DIARY_SECTION_MAX) > 0);

/** The five sections as large text boxes (the first one is 走访农户), each with its live count. */
export function SectionFields({ value, onChange }: { value: DiarySections; onChange: (key: DiarySectionKey, text: string) => void }) {
  return (
    <View className='stack'>
      {DIARY_SECTION_KEYS.map((k) => (
        <View key={k} className='diary-field'>
          <View className='diary-field__label'>
            <Text>{DIARY_SECTION_LABELS[k]}</Text>
          </View>
          <LongText className='textarea diary-textarea' value={value[k]} max={DIARY_SECTION_MAX} autoHeight placeholder={HINTS[k]} onInput={(t) => onChange(k, t)} />
        </View>
      ))}
    </View>
  );
}
